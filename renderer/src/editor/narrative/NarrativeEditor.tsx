/**
 * A narrative section as a list of paragraphs, each with an optional sub-heading (the report numbers headed
 * paragraphs "1. 标题。正文"). Text pasted from Word arrives as plain text, split into paragraphs.
 */
import { memo, useCallback, useRef, type ClipboardEvent } from 'react';
import { App, Button } from 'antd';
import type { Paragraph } from '../../../../shared/model/report';
import { LIMITS } from '../../../../shared/model/primitives';
import { describeField } from '../../../../shared/model/field-labels';
import { CodecInput } from '../fields/CodecInput';
import { longText, shortText } from '../fields/codecs';
import type { ListUpdate } from '../grid/Grid';
import { pathKey, type FieldPath } from '../state/field-path';
import { insertAt, moveItem, removeAt, setProp, updateAt } from '../state/immutable';
import { cleanPastedText, paragraphsFromText } from './paste-text';

const blank = (): Paragraph => ({ heading: '', text: '' });

interface ParagraphRowProps {
  paragraph: Paragraph;
  index: number;
  count: number;
  basePath: FieldPath;
  commit: (index: number, field: 'heading' | 'text', value: string) => void;
  act: (action: 'up' | 'down' | 'delete' | 'insert', index: number) => void;
}

const ParagraphRow = memo(function ParagraphRow({ paragraph, index, count, basePath, commit, act }: ParagraphRowProps) {
  const at = [...basePath, index];
  return (
    <li className="paragraph" data-field-path={pathKey(at)} data-paragraph={index}>
      <div className="paragraph-number">第{index + 1}段</div>
      <div className="paragraph-body">
        <CodecInput
          value={paragraph.heading}
          codec={shortText}
          onCommit={(v) => commit(index, 'heading', v)}
          path={pathKey([...at, 'heading'])}
          label={describeField([...at, 'heading'])}
          className="form-input paragraph-heading"
          placeholder="小标题（可不填；填写后本段编号并加粗，如“强化预算编制工作。”）"
        />
        <CodecInput
          value={paragraph.text}
          codec={longText}
          onCommit={(v) => commit(index, 'text', v)}
          path={pathKey([...at, 'text'])}
          label={describeField([...at, 'text'])}
          multiline
          className="form-textarea paragraph-text"
          placeholder="正文。可直接粘贴 Word 中的文字，只保留文字、自动分段。"
        />
      </div>
      <div className="paragraph-actions">
        <Button
          size="small"
          disabled={index === 0}
          onClick={() => act('up', index)}
          aria-label={`上移第${index + 1}段`}
        >
          上移
        </Button>
        <Button
          size="small"
          disabled={index === count - 1}
          onClick={() => act('down', index)}
          aria-label={`下移第${index + 1}段`}
        >
          下移
        </Button>
        <Button size="small" onClick={() => act('insert', index)} aria-label={`在第${index + 1}段后插入一段`}>
          插入段落
        </Button>
        <Button size="small" danger onClick={() => act('delete', index)} aria-label={`删除第${index + 1}段`}>
          删除
        </Button>
      </div>
    </li>
  );
});

export function NarrativeEditor({
  path,
  paragraphs,
  onChange,
  emptyText,
}: {
  path: FieldPath;
  paragraphs: readonly Paragraph[];
  onChange: ListUpdate<Paragraph>;
  emptyText: string;
}) {
  const { message } = App.useApp();
  const listRef = useRef<HTMLOListElement>(null);

  const commit = useCallback(
    (index: number, field: 'heading' | 'text', value: string) =>
      onChange([...path, index, field], (list) => updateAt(list, index, (p) => setProp(p, field, value))),
    [onChange, path],
  );

  const focusParagraph = (index: number) => {
    // After React has drawn the new paragraph.
    requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLTextAreaElement>(`[data-paragraph="${index}"] textarea`)?.focus();
    });
  };

  const act = useCallback(
    (action: 'up' | 'down' | 'delete' | 'insert', index: number) => {
      const where = [...path, index];
      if (action === 'insert') {
        onChange(where, (l) => insertAt(l, index + 1, blank()), { merge: false });
        focusParagraph(index + 1);
      } else if (action === 'delete') {
        onChange(where, (l) => removeAt(l, index), { merge: false });
        message.info(`已删除第${index + 1}段（可按 Ctrl+Z 撤销）`);
      } else {
        onChange(where, (l) => moveItem(l, index, action === 'up' ? index - 1 : index + 1), { merge: false });
      }
    },
    [message, onChange, path],
  );

  function onPaste(e: ClipboardEvent<HTMLOListElement>) {
    const target = e.target;
    if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return;
    const li = target.closest<HTMLElement>('[data-paragraph]');
    const index = Number(li?.dataset.paragraph);
    if (!li || !Number.isInteger(index)) return;
    const raw = e.clipboardData.getData('text/plain');
    if (!raw) return;
    const cleaned = cleanPastedText(raw);
    e.preventDefault();
    if (!cleaned.includes('\n') || target instanceof HTMLInputElement) {
      // One paragraph: put the plain text at the caret, as typing would.
      const start = target.selectionStart ?? target.value.length;
      const end = target.selectionEnd ?? target.value.length;
      target.setRangeText(cleaned.replace(/\n/g, ''), start, end, 'end');
      target.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
    const current = paragraphs[index];
    const pasted = paragraphsFromText(cleaned);
    const [first, ...rest] = pasted;
    if (!current || !first) return;
    const replaceCurrent = !current.heading.trim() && !current.text.trim();
    const start = target.selectionStart ?? current.text.length;
    const end = target.selectionEnd ?? current.text.length;
    const merged: Paragraph = replaceCurrent
      ? first
      : {
          heading: current.heading,
          text: current.text.slice(0, start) + first.heading + first.text + current.text.slice(end),
        };
    const room = LIMITS.paragraphs - paragraphs.length;
    const extra = rest.slice(0, Math.max(0, room));
    onChange(
      [...path, index, 'text'],
      (l) =>
        insertAt(
          updateAt(l, index, () => merged),
          index + 1,
          ...extra,
        ),
      {
        merge: false,
      },
    );
    message.success(`已按段落拆分为 ${1 + extra.length} 段（只保留文字）`);
    focusParagraph(index + extra.length);
  }

  return (
    <div className="narrative" data-field-path={pathKey(path)}>
      {paragraphs.length === 0 ? <div className="narrative-empty">{emptyText}</div> : null}
      <ol className="paragraph-list" ref={listRef} onPaste={onPaste}>
        {paragraphs.map((p, i) => (
          <ParagraphRow
            key={i}
            paragraph={p}
            index={i}
            count={paragraphs.length}
            basePath={path}
            commit={commit}
            act={act}
          />
        ))}
      </ol>
      <Button
        onClick={() => {
          if (paragraphs.length >= LIMITS.paragraphs) return;
          onChange([...path, paragraphs.length], (l) => [...l, blank()], { merge: false });
          focusParagraph(paragraphs.length);
        }}
      >
        ＋ 添加段落
      </Button>
    </div>
  );
}
