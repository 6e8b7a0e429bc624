/**
 * Under each form: the sentences this screen produces in the report, with the words computed from the figures
 * marked, so the clerk sees at once what the numbers will read like.
 */
import { memo, useMemo, useState } from 'react';
import type { Report } from '../../../../shared/model/report';
import { rulePackFor } from '../../../../shared/packs/registry';
import { assembleReport } from '../../../../shared/text/assemble';
import { BlockView } from '../../report/DocumentView';
import type { ScreenDef } from '../screens';
import { blocksForScreen } from './section-blocks';

/** Screens whose text runs to hundreds of lines start folded: the text is built only when opened. */
const FOLDED: ReadonlySet<ScreenDef['id']> = new Set(['projects', 'baseData', 'selfEval', 'duties', 'info']);

/** `report` is the editor's deferred copy: the text is rebuilt after the keystroke is painted. */
export const SectionPreview = memo(function SectionPreview({ report, def }: { report: Report; def: ScreenDef }) {
  const [open, setOpen] = useState(!FOLDED.has(def.id));
  if (def.id === 'info') return null;
  return (
    <details className="section-preview" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        本部分在报告中的文字（<span className="generated">带底色的文字</span>由填报数据自动生成）
      </summary>
      {open ? <PreviewBlocks report={report} def={def} /> : null}
    </details>
  );
});

function PreviewBlocks({ report, def }: { report: Report; def: ScreenDef }) {
  const blocks = useMemo(() => {
    const pack = rulePackFor(report.rulePackId);
    return blocksForScreen(assembleReport(report, pack).blocks, def, pack);
  }, [report, def]);
  return (
    <div className="doc-page section-preview-page preview-marked">
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </div>
  );
}
