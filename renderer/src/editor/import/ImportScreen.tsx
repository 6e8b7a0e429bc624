/**
 * 导入Excel: the clerk picks a workbook (or drops one anywhere on the editor), sees what it would change and every
 * problem with its 工作表/行/列, then applies it or cancels. The import is one revision in the history, and
 * 撤销这次导入 restores the revision before it as a new one. The attachment tables can be exported here too.
 */
import { useEffect, useRef, type ChangeEvent } from 'react';
import { Alert, App, Button, Checkbox, Result, Space, Steps, Tooltip } from 'antd';
import { ApiErrorDetails } from '../../common/ApiErrorAlert';
import { ExcelExportButtons } from './ExcelExportButtons';
import { ProjectTablesExcel } from '../../project-tables/excel/ProjectTablesExcel';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportProgress } from './ImportProgress';
import { useImportFlow, type ImportChoices, type ImportPhase, type ImportPreview } from './use-import-flow';
import { onWorkbookDropped, takeDroppedWorkbook } from './use-workbook-drop';
import { desktopFiles } from '../../common/desktop-files';
import { pickWithDialog, readWorkbookFile, type PickedWorkbook } from './workbook-file';

export interface ImportScreenProps {
  id: string;
  flush: () => Promise<boolean>;
  /** The revision the editor holds (the preview is computed against it). */
  currentRevision: () => number;
  /** After an import (or its undo) changed the stored report: reload it into the editor. */
  onApplied: () => Promise<void>;
}

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function stepOf(phase: ImportPhase): number {
  switch (phase.kind) {
    case 'idle':
    case 'reading':
      return 0;
    case 'preview':
    case 'applying':
      return 1;
    case 'failed':
      return phase.step === 'preview' ? 0 : phase.step === 'apply' ? 1 : 2;
    default:
      return 2;
  }
}

/** Why 应用 is disabled, or null when it is not. */
function applyBlocker(preview: ImportPreview): string | null {
  if (!preview.canApply && !preview.emptyTemplate) {
    const errors = preview.problems.filter((p) => p.severity === 'error').length;
    return `工作簿中有${errors > 0 ? `${errors}处` : ''}错误（见下方标红的行），不能导入。请在 Excel 或 WPS 中改正后保存，再重新选择文件`;
  }
  if (preview.emptyTemplate) return '这是空白模板：表中一个数也没有填写，导入不会修改报告。请在表中填好数字后再导入';
  if (preview.changes.length + preview.moreChanges === 0) return '工作簿中的内容与报告相同，没有需要导入的修改';
  return null;
}

const FAILED_TITLE = { preview: '无法导入', apply: '导入未完成，报告未作任何修改', undo: '未能撤销这次导入' } as const;

export function ImportScreen({ id, flush, currentRevision, onApplied }: ImportScreenProps) {
  const { message, modal } = App.useApp();
  const flow = useImportFlow({ id, flush, currentRevision, onApplied });
  const { phase, startFile } = flow;
  const fileInput = useRef<HTMLInputElement>(null);

  // A workbook dropped on the window (before this screen was shown, or while it is).
  useEffect(() => {
    const take = () => {
      const file = takeDroppedWorkbook(id);
      if (file && !startFile(file.name, () => readWorkbookFile(file)))
        message.warning(`正在保存导入的内容，「${file.name}」未读取；请稍候再拖入`);
    };
    take();
    return onWorkbookDropped(take);
  }, [id, message, startFile]);

  function pick() {
    const desktop = desktopFiles();
    if (!desktop) {
      fileInput.current?.click();
      return;
    }
    // The desktop dialog reads the file itself; the progress is shown once a file is chosen.
    void pickWithDialog(desktop).then((picked) => {
      if (picked) startFile(picked.ok ? picked.workbook.fileName : '', () => Promise.resolve(picked));
    });
  }

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) startFile(file.name, () => readWorkbookFile(file));
  }

  async function confirmUndo() {
    if (phase.kind !== 'applied') return;
    await flush();
    const later = currentRevision() !== phase.result.revision;
    modal.confirm({
      title: '撤销这次导入？',
      content: (
        <>
          <p>报告将恢复为导入前的内容，另存为一条新的修订；导入的内容仍保留在修订记录中。</p>
          {later ? (
            <p className="import-warning-text">
              导入之后报告又有修改，这些修改也会一并撤销（同样可在修订记录中找回）。
            </p>
          ) : null}
        </>
      ),
      okText: '撤销导入',
      cancelText: '不撤销',
      onOk: flow.undo,
    });
  }

  const picker = (
    <>
      <input
        ref={fileInput}
        type="file"
        accept={XLSX_ACCEPT}
        className="visually-hidden"
        data-testid="import-xlsx-input"
        aria-label="选择Excel工作簿"
        onChange={onFileChosen}
      />
      <Button type="primary" onClick={pick} data-testid="import-pick">
        选择Excel工作簿…
      </Button>
    </>
  );

  return (
    <div className="screen import-screen" data-screen="import" data-import-phase={phase.kind}>
      <h2 className="screen-title">导入Excel</h2>
      <p className="screen-intro">
        导入附件1（基础数据表）、附件2（自评表）或项目明细表的 Excel
        工作簿（.xlsx）。导入前会列出将要修改的每一项和发现的问题，确认后才写入；导入记入修订记录，可以撤销。
      </p>
      <Steps
        size="small"
        className="import-steps"
        current={stepOf(phase)}
        status={phase.kind === 'failed' ? 'error' : undefined}
        items={[{ title: '选择工作簿' }, { title: '核对并应用' }, { title: '完成' }]}
      />
      {phase.kind === 'reading' ? (
        <ImportProgress
          fileName={phase.fileName || '工作簿'}
          stage={phase.stage}
          startedAt={phase.startedAt}
          onCancel={flow.cancel}
        />
      ) : phase.kind === 'preview' || phase.kind === 'applying' ? (
        <PreviewStep phase={phase} onApply={flow.apply} onCancel={flow.cancel} onChoose={flow.choose} />
      ) : phase.kind === 'applied' || phase.kind === 'undoing' ? (
        <Result
          status="success"
          className="import-result"
          title={
            phase.result.changeCount > 0
              ? `已导入「${phase.fileName}」：${phase.result.changeCount}项修改`
              : `「${phase.fileName}」中没有需要修改的内容`
          }
          subTitle={
            phase.result.changeCount > 0
              ? `${phase.result.summary}。已保存为一条新的修订，编辑器已载入导入后的内容。`
              : '报告未作修改。'
          }
          extra={
            <Space>
              {phase.result.changeCount > 0 ? (
                <Button danger loading={phase.kind === 'undoing'} onClick={() => void confirmUndo()}>
                  撤销这次导入
                </Button>
              ) : null}
              <Button disabled={phase.kind === 'undoing'} onClick={flow.reset}>
                导入其他工作簿
              </Button>
            </Space>
          }
        />
      ) : phase.kind === 'undone' ? (
        <Result
          status="success"
          className="import-result import-undone"
          title={`已撤销导入「${phase.fileName}」`}
          subTitle="报告已恢复为导入前的内容，另存为一条新的修订（导入的内容仍在修订记录中）。"
          extra={<Button onClick={flow.reset}>导入其他工作簿</Button>}
        />
      ) : (
        <div className="import-start">
          {phase.kind === 'failed' ? (
            <FailedAlert phase={phase} onPreviewAgain={flow.previewAgain} />
          ) : phase.note ? (
            <Alert type="info" showIcon title={phase.note} className="import-error" />
          ) : null}
          <div className="import-dropzone">
            <p>把 Excel 工作簿拖到窗口中任意位置，或</p>
            {picker}
            <p className="import-muted">只读取 .xlsx 文件；旧版 .xls 请先在 Excel 或 WPS 中“另存为”.xlsx。</p>
          </div>
        </div>
      )}
      <section className="import-export">
        <h3>导出</h3>
        <p className="import-muted">
          按官方格式导出本报告的附件1、附件2和项目明细表，或下载空白模板交给各股室填写后再导入。
        </p>
        <ExcelExportButtons id={id} flush={flush} />
      </section>
      <section className="import-export" data-testid="project-tables-excel">
        <h3>项目支出绩效自评表</h3>
        <p className="import-muted">
          每个项目一张表：导出本报告的全部项目表，下载项目表模板，或导入填好的表（按项目名称对应到项目清单，应用前先预览）。
        </p>
        <ProjectTablesExcel reportId={id} flush={flush} onApplied={() => void onApplied()} />
      </section>
    </div>
  );
}

function FailedAlert({
  phase,
  onPreviewAgain,
}: {
  phase: Extract<ImportPhase, { kind: 'failed' }>;
  onPreviewAgain: (workbook: PickedWorkbook) => void;
}) {
  const retry = phase.workbook;
  return (
    <Alert
      type="error"
      showIcon
      className="import-error"
      title={`${FAILED_TITLE[phase.step]}${phase.fileName ? `：「${phase.fileName}」` : ''}`}
      description={
        <>
          <div data-testid="import-error-message">{phase.error.message}</div>
          <ApiErrorDetails details={phase.error.details} />
          {retry ? (
            <Button size="small" className="import-retry" onClick={() => onPreviewAgain(retry)}>
              重新预览
            </Button>
          ) : null}
        </>
      }
    />
  );
}

function PreviewStep({
  phase,
  onApply,
  onCancel,
  onChoose,
}: {
  phase: Extract<ImportPhase, { kind: 'preview' | 'applying' }>;
  onApply: () => void;
  onCancel: () => void;
  onChoose: (choices: ImportChoices) => void;
}) {
  const { modal } = App.useApp();
  const { preview, choices } = phase;
  const confirmDeletion = (checked: boolean) => {
    if (!checked) return onChoose({ ...choices, deleteMissingRows: false });
    modal.confirm({
      title: `删除报告中的${preview.deletions.length}行？`,
      content: '这些行在工作簿中没有。应用后它们将从报告中删除（可在“修订记录”中找回）。',
      okText: '删除这些行',
      okButtonProps: { danger: true },
      cancelText: '保留',
      onOk: () => onChoose({ ...choices, deleteMissingRows: true }),
    });
  };
  const blocker = applyBlocker(preview);
  const applying = phase.kind === 'applying';
  return (
    <>
      {phase.kind === 'preview' && phase.note ? <Alert type="warning" showIcon title={phase.note} /> : null}
      <Alert
        type={preview.canApply ? 'info' : 'error'}
        showIcon
        className="import-summary"
        title={`「${preview.fileName}」：${preview.summary.replace(/^导入Excel：/, '')}`}
        description={blocker ?? '核对下面的修改和问题；点“应用”后一次写入全部修改，点“取消”则不作任何修改。'}
      />
      <div className="import-actions">
        <Tooltip title={blocker}>
          <Button type="primary" disabled={blocker !== null} loading={applying} onClick={onApply}>
            应用
          </Button>
        </Tooltip>
        <Button disabled={applying} onClick={onCancel}>
          取消
        </Button>
      </div>
      <div className="import-choices">
        <Checkbox
          checked={choices.clearMissing}
          disabled={applying}
          data-testid="import-clear-missing"
          onChange={(e) => onChoose({ ...choices, clearMissing: e.target.checked })}
        >
          清空报告中有而表中没有的数
        </Checkbox>
        <span className="import-muted">
          {choices.clearMissing
            ? '表中空白或“—”的格子将把报告中的数清空为“未填写”'
            : '表中空白或“—”的格子不改动报告中已有的数'}
        </span>
      </div>
      <ImportPreviewView
        preview={preview}
        deletionChoice={
          <Checkbox
            checked={choices.deleteMissingRows}
            disabled={applying}
            data-testid="import-delete-rows"
            onChange={(e) => confirmDeletion(e.target.checked)}
          >
            删除这些行
          </Checkbox>
        }
      />
    </>
  );
}
