/**
 * The assembled report, read-only, laid out like the printed document. React escapes every string, so text from
 * an imported file is shown as text, never as markup.
 */
import type { Output } from '../../../shared/api/contract';
import { AttachmentTable } from './AttachmentTable';

export type Block = Output<'report.assemble'>['blocks'][number];
type Run = Extract<Block, { kind: 'paragraph' }>['runs'][number];

function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, i) =>
        // Figures computed from the data are marked, so the clerk sees which words the program wrote.
        run.generated ? (
          <span key={i} className="generated" title="由填报数据自动计算">
            {run.text}
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'title':
      return <h1 className="doc-title">{block.text}</h1>;
    case 'heading':
      if (block.level === 1) return <h2 className="doc-h1">{block.text}</h2>;
      if (block.level === 2) return <h3 className="doc-h2">{block.text}</h3>;
      return <h4 className="doc-h3">{block.text}</h4>;
    case 'paragraph':
      return (
        <p className="doc-p">
          <Runs runs={block.runs} />
        </p>
      );
    case 'attachmentNote':
      return (
        <div className="doc-attachment-note">
          <span className="doc-attachment-note-label">附件：</span>
          <ol>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </div>
      );
    case 'signature':
      return (
        <div className="doc-signature">
          <div>{block.unitName}</div>
          <div>{block.date}</div>
        </div>
      );
    case 'attachment':
      return <AttachmentTable block={block} />;
  }
}

export function DocumentView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <article className="doc-page" aria-label="报告预览">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}
