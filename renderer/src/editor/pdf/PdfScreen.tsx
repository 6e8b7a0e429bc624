/**
 * 导出PDF: the formal PDF (GB/T 9704 layout, both attachments) made from the saved report. The clerk picks the
 * fonts, generates, watches the progress (one request: the stage and the seconds so far), reads the pages in the
 * app, then saves it or opens it in the system's viewer. A refusal for missing characters lists each with where
 * it occurs.
 */
import { useRef, useState } from 'react';
import { Alert, App, Button, Progress, Radio, Segmented, Space, Tooltip } from 'antd';
import type { ApiError } from '../../../../shared/api/result';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { formatBytes } from '../../common/format-bytes';
import { useElapsed } from '../../common/use-elapsed';
import { MissingGlyphs } from './MissingGlyphs';
import { LayoutSettings } from './LayoutSettings';
import { PdfPreview } from './PdfPreview';
import { WordExportButton } from './WordExportButton';
import { exportedPdf, openPdfInViewer, opensInSystemViewer, savePdfAs, type ExportedPdf } from './pdf-files';

export interface PdfScreenProps {
  id: string;
  /** Saves first, so the PDF shows the latest changes. */
  flush: () => Promise<boolean>;
  /** An approved report's formal file is its approved PDF: the screen says so and where to get it. */
  approved?: boolean;
  onShowSignoff?: () => void;
}

type FontChoice = 'bundled' | 'system';
type Stage = 'idle' | 'saving' | 'generating' | 'opening';

const STAGE_TEXT: Record<Exclude<Stage, 'idle'>, string> = {
  saving: '正在保存最新的修改…',
  generating: '正在排版、嵌入字体并生成PDF…',
  opening: '正在打开预览…',
};
/** Where the stage bar stands at each stage (the export is one request, so within a stage it cannot move). */
const STAGE_PERCENT: Record<Exclude<Stage, 'idle'>, number> = { saving: 10, generating: 45, opening: 90 };

const FONT_STORAGE_KEY = 'selfeval.pdf.fonts';

function storedFontChoice(): FontChoice {
  try {
    return window.localStorage.getItem(FONT_STORAGE_KEY) === 'system' ? 'system' : 'bundled';
  } catch {
    return 'bundled';
  }
}

function rememberFontChoice(choice: FontChoice): void {
  try {
    window.localStorage.setItem(FONT_STORAGE_KEY, choice);
  } catch {
    // Without storage the choice simply lasts as long as the screen.
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}秒`;

export function PdfScreen({ id, flush, approved, onShowSignoff }: PdfScreenProps) {
  const { message } = App.useApp();
  const [fonts, setFonts] = useState<FontChoice>(storedFontChoice);
  const [stage, setStage] = useState<Stage>('idle');
  const [startedAt, setStartedAt] = useState(0);
  const [tookMs, setTookMs] = useState<number | null>(null);
  const [pdf, setPdf] = useState<ExportedPdf | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [fileError, setFileError] = useState<ApiError | null>(null);
  const [fileBusy, setFileBusy] = useState<'save' | 'open' | null>(null);
  const [zoom, setZoom] = useState(1);
  const elapsed = useElapsed(stage !== 'idle', startedAt);
  // A second click while one export runs is ignored; an answer for an older export is dropped.
  const generation = useRef(0);

  async function exportPdf() {
    if (stage !== 'idle') return;
    const mine = ++generation.current;
    const started = performance.now();
    setStartedAt(started);
    setError(null);
    setFileError(null);
    setPdf(null);
    setTookMs(null);
    setStage('saving');
    const saved = await flush();
    if (mine !== generation.current) return;
    if (!saved) {
      setStage('idle');
      setError({
        code: 'not-saved',
        message: '最新的修改未能保存，PDF未生成：请先按页面上方的提示处理保存问题，再导出。',
      });
      return;
    }
    setStage('generating');
    const result = await api.call('export.pdf', { id, fonts });
    if (mine !== generation.current) return;
    if (!result.ok) {
      setStage('idle');
      setError(result.error);
      return;
    }
    setPdf(exportedPdf(result.value));
    setStage('opening');
  }

  function previewLoaded() {
    setStage('idle');
    setTookMs(performance.now() - startedAt);
  }

  async function fileAction(kind: 'save' | 'open') {
    if (!pdf) return;
    setFileBusy(kind);
    setFileError(null);
    const outcome = kind === 'save' ? await savePdfAs(pdf) : await openPdfInViewer(pdf);
    setFileBusy(null);
    if (!outcome.done) {
      if (outcome.error) setFileError(outcome.error);
      return;
    }
    if (kind === 'save') message.success(`已保存：${outcome.fileName ?? pdf.fileName}`);
  }

  const busy = stage !== 'idle';
  const desktop = opensInSystemViewer();
  return (
    <div className="screen pdf-screen" data-screen="pdf">
      <h2 className="screen-title">导出PDF</h2>
      {approved ? (
        <Alert
          type="info"
          showIcon
          className="pdf-approved-note"
          title="本报告已签发：报送用的正式文件是签发PDF（带签发信息和报告指纹），请在“送审与签发”中下载。这里生成的是未签发的普通版本。"
          action={
            onShowSignoff ? (
              <Button size="small" onClick={onShowSignoff}>
                去下载签发PDF
              </Button>
            ) : null
          }
        />
      ) : null}
      <p className="screen-intro">
        按《党政机关公文格式》（GB/T
        9704）生成报告正文和附件1、附件2，先保存最新的修改再生成。生成后可在下方逐页查看，再另存或打印。
      </p>
      <div className="pdf-options">
        <span className="pdf-option-label">字体</span>
        <Radio.Group
          value={fonts}
          disabled={busy}
          onChange={(e) => {
            const choice = e.target.value as FontChoice;
            setFonts(choice);
            rememberFontChoice(choice);
          }}
          options={[
            { value: 'bundled', label: '程序自带字体' },
            { value: 'system', label: '本机字体' },
          ]}
        />
        <span className="pdf-option-help">
          {fonts === 'bundled'
            ? '开源字体（Noto 宋体、黑体，霞鹜文楷），任何电脑上效果相同；收录通用规范汉字表的全部8105字。'
            : '使用本机安装的仿宋_GB2312（或仿宋）、黑体、楷体、方正小标宋简体；没有安装的仍用程序自带字体。方正字体对外发布需有授权。'}
        </span>
      </div>
      <div className="pdf-options">
        <span className="pdf-option-label">版式</span>
        <LayoutSettings disabled={busy} />
      </div>
      <Space wrap className="pdf-actions">
        <Button type="primary" onClick={() => void exportPdf()} loading={busy} data-action="export-pdf">
          {pdf ? '重新生成PDF' : '生成PDF'}
        </Button>
        <WordExportButton id={id} flush={flush} disabled={busy} />
        <Button disabled={!pdf || busy} loading={fileBusy === 'save'} onClick={() => void fileAction('save')}>
          另存为…
        </Button>
        <Tooltip title={desktop ? '' : '浏览器版在新标签页中打开，可在那里打印或下载'}>
          <Button disabled={!pdf || busy} loading={fileBusy === 'open'} onClick={() => void fileAction('open')}>
            {desktop ? '用系统阅读器打开' : '在新标签页中打开'}
          </Button>
        </Tooltip>
        {pdf ? (
          <Segmented
            size="small"
            value={zoom}
            onChange={setZoom}
            options={[
              { value: 0.75, label: '75%' },
              { value: 1, label: '100%' },
              { value: 1.25, label: '125%' },
            ]}
            aria-label="预览大小"
          />
        ) : null}
        {pdf && !busy ? (
          <span className="pdf-summary" data-testid="pdf-summary">
            {pdf.fileName}：共{pdf.pages}页，{formatBytes(pdf.bytes.length)}
            {tookMs !== null ? `，用时${seconds(tookMs)}` : ''}
          </span>
        ) : null}
      </Space>
      {busy ? (
        <div className="pdf-progress" role="status" aria-live="polite" data-stage={stage}>
          <Progress percent={STAGE_PERCENT[stage]} status="active" showInfo={false} />
          <span>
            {STAGE_TEXT[stage]}（已用{seconds(elapsed)}）
          </span>
        </div>
      ) : null}
      {error ? (
        error.code === 'pdf-missing-glyphs' ? (
          <MissingGlyphs error={error} />
        ) : (
          <ApiErrorAlert error={error} title="PDF未能生成" />
        )
      ) : null}
      {fileError ? <ApiErrorAlert error={fileError} /> : null}
      {pdf ? <PdfPreview bytes={pdf.bytes} zoom={zoom} onLoaded={previewLoaded} /> : null}
    </div>
  );
}
