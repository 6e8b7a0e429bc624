/**
 * 预览全文: the assembled report as it will read, part by part, with the words computed from the figures marked.
 * Each part has a link back to the screen where it is filled in.
 */
import { useMemo, useState } from 'react';
import { Button, Switch } from 'antd';
import type { Report } from '../../../../shared/model/report';
import { rulePackFor } from '../../../../shared/packs/registry';
import { assembleReport } from '../../../../shared/text/assemble';
import { BlockView, type Block } from '../../report/DocumentView';
import { partOf, SCREENS, type ScreenId } from '../screens';
import type { RulePack } from '../../../../shared/checks/rule-pack';

interface Part {
  key: string;
  label: string;
  screen: ScreenId | null;
  blocks: Block[];
}

function splitParts(blocks: readonly Block[], pack: RulePack): Part[] {
  const parts: Part[] = [{ key: 'title', label: '标题', screen: 'info', blocks: [] }];
  let part = -1;
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level === 1) {
      part += 1;
      const first = SCREENS.find((s) => partOf(s, pack) === part);
      parts.push({
        key: `part-${part}`,
        label: b.text.split('、')[0] ?? b.text,
        screen: first?.id ?? null,
        blocks: [b],
      });
    } else if (b.kind === 'attachmentNote') {
      parts.push({ key: 'sign', label: '落款', screen: 'signature', blocks: [b] });
    } else if (b.kind === 'attachment') {
      parts.push({
        key: `att-${b.number}`,
        label: `附件${b.number}`,
        screen: b.number === 1 ? 'baseData' : 'selfEval',
        blocks: [b],
      });
    } else {
      parts[parts.length - 1]?.blocks.push(b);
    }
  }
  return parts;
}

export function PreviewScreen({ report, goTo }: { report: Report; goTo: (screen: ScreenId) => void }) {
  const [marked, setMarked] = useState(true);
  const parts = useMemo(() => {
    const pack = rulePackFor(report.rulePackId);
    return splitParts(assembleReport(report, pack).blocks, pack);
  }, [report]);
  return (
    <div className="screen preview-screen" data-screen="preview">
      <div className="preview-toolbar">
        <h2 className="screen-title">预览全文</h2>
        <label className="preview-switch">
          <Switch size="small" checked={marked} onChange={setMarked} /> 标出由数据自动生成的文字
        </label>
        <nav className="preview-jump" aria-label="跳到">
          {parts.slice(1).map((p) => (
            <a
              key={p.key}
              href={`#preview-${p.key}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(`preview-${p.key}`)?.scrollIntoView({ block: 'start' });
              }}
            >
              {p.label}
            </a>
          ))}
        </nav>
      </div>
      <article className={`doc-page${marked ? ' preview-marked' : ''}`} aria-label="报告预览">
        {parts.map((p) => (
          <section key={p.key} id={`preview-${p.key}`} className="preview-part">
            {p.screen && p.key !== 'title' ? (
              <Button
                size="small"
                className="preview-edit"
                title={`到编辑页修改“${p.label}”`}
                aria-label={`修改${p.label}`}
                onClick={() => goTo(p.screen as ScreenId)}
              >
                修改
              </Button>
            ) : null}
            {p.blocks.map((b, i) => (
              <BlockView key={i} block={b} />
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
