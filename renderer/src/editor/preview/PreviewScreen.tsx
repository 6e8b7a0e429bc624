/**
 * 预览全文: the assembled report as it will read, part by part, with the words computed from the figures marked.
 * Each part has a link back to the screen where it is filled in. Only the parts that fill the first screen are drawn
 * at once; the rest (in a large report a paragraph listing 200 projects and attachment tables of hundreds of rows)
 * follow just after that first paint, so switching here shows the page at once on a slow PC. The finished page is
 * the same.
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Button, Switch } from 'antd';
import type { Report } from '../../../../shared/model/report';
import { rulePackFor } from '../../../../shared/packs/registry';
import { assembleReport } from '../../../../shared/text/assemble';
import { BlockView, type Block } from '../../report/DocumentView';
import { partOf, SCREENS, tableView, type ViewId } from '../screens';
import type { RulePack } from '../../../../shared/checks/rule-pack';

interface Part {
  key: string;
  label: string;
  screen: ViewId | null;
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
        screen:
          b.source === 'baseData' ? 'baseData' : b.source === 'selfEval' ? 'selfEval' : tableView(b.source.project),
        blocks: [b],
      });
    } else {
      parts[parts.length - 1]?.blocks.push(b);
    }
  }
  return parts;
}

/** Text drawn in the first paint: about a screenful, in whole parts. */
const FIRST_SCREEN_CHARS = 1500;

function blockChars(b: Block): number {
  switch (b.kind) {
    case 'paragraph':
      return b.runs.reduce((n, r) => n + r.text.length, 0);
    case 'attachment':
      return Infinity;
    case 'attachmentNote':
      return b.items.join('').length;
    case 'signature':
      return b.unitName.length + b.date.length;
    default:
      return b.text.length;
  }
}

/** How many leading parts to draw in the first paint: the title and at least one part, about a screenful. */
function firstScreenParts(parts: readonly Part[]): number {
  let chars = 0;
  for (let i = 0; i < parts.length; i++) {
    chars += parts[i]!.blocks.reduce((n, b) => n + blockChars(b), 0);
    if (i >= 1 && chars >= FIRST_SCREEN_CHARS) return i + 1;
  }
  return parts.length;
}

/** Marked when the rest are drawn and painted too; read by scripts/bench/editor.bench.ts. */
const COMPLETE_MARK = 'selfeval:preview:complete';

/** False for the first paint, then true (a low-priority update, so a click meanwhile is served first). */
function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setAfter(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  useLayoutEffect(() => {
    if (after) requestAnimationFrame(() => window.setTimeout(() => performance.mark(COMPLETE_MARK), 0));
  }, [after]);
  return after;
}

export function PreviewScreen({ report, goTo }: { report: Report; goTo: (view: ViewId) => void }) {
  const [marked, setMarked] = useState(true);
  const complete = useAfterFirstPaint();
  const parts = useMemo(() => {
    const pack = rulePackFor(report.rulePackId);
    return splitParts(assembleReport(report, pack).blocks, pack);
  }, [report]);
  const drawn = complete ? parts : parts.slice(0, firstScreenParts(parts));
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
      <article
        className={`doc-page${marked ? ' preview-marked' : ''}`}
        aria-label="报告预览"
        aria-busy={!complete}
        data-complete={complete ? '' : undefined}
      >
        {drawn.map((p) => (
          <section key={p.key} id={`preview-${p.key}`} className="preview-part">
            {p.screen && p.key !== 'title' ? (
              <Button
                size="small"
                className="preview-edit"
                title={`到编辑页修改“${p.label}”`}
                aria-label={`修改${p.label}`}
                onClick={() => goTo(p.screen as ViewId)}
              >
                修改
              </Button>
            ) : null}
            {p.blocks.map((b, i) => (
              <BlockView key={i} block={b} />
            ))}
          </section>
        ))}
        {complete ? null : <div className="preview-pending">正在排版其余部分…</div>}
      </article>
    </div>
  );
}
