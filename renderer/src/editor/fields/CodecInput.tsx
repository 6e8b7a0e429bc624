/**
 * One input bound to one value through a codec. What the clerk types stays on screen as typed; it is stored as
 * soon as it reads as a valid value, and a value that does not read (「12,3a」) is shown with its Chinese message
 * and never stored. Text typed through an input method is stored when the composition ends, not per pinyin letter.
 */
import { memo, useState, type ChangeEvent, type CompositionEvent, type FocusEvent } from 'react';
import type { Codec } from './codecs';

export interface CodecInputProps<T> {
  value: T;
  codec: Codec<T>;
  onCommit: (value: T) => void;
  /** data-field-path: how checks, undo and the findings panel find this input. */
  path: string;
  /** Accessible name ("二（二）项目支出 第3行 支出"). */
  label: string;
  multiline?: boolean;
  /** A textarea that wraps long text on screen but never holds a line break (project names in a table). */
  wrap?: boolean;
  className?: string;
  /** Extra attributes for the grid (data-row, data-col). */
  cellAttributes?: Readonly<Record<string, string | number>>;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
}

interface Draft<T> {
  text: string;
  /** The stored value the draft was typed over; when the stored value changes (undo, paste) the draft is dropped. */
  base: T;
}

function CodecInputInner<T>(props: CodecInputProps<T>) {
  const { value, codec, onCommit, path, label, multiline, wrap, className, cellAttributes } = props;
  const [draft, setDraft] = useState<Draft<T> | null>(null);
  // The value before this round of typing: an entry that does not read puts it back, so what is stored is never a
  // half-typed prefix of a bad entry ("12,3" of "12,3a").
  const [origin, setOrigin] = useState<{ value: T } | null>(null);
  const live = draft !== null && Object.is(draft.base, value) ? draft : null;
  const shown = live ? live.text : codec.format(value);
  const parsed = live ? codec.parse(live.text) : null;
  const error = parsed && !parsed.ok ? parsed.error : null;

  function take(input: string, composing: boolean): void {
    const text = wrap ? input.replace(/[\r\n]+/g, '') : input;
    const r = codec.parse(text);
    if (composing) {
      setDraft({ text, base: value });
    } else if (r.ok) {
      if (!Object.is(r.value, value)) onCommit(r.value);
      setDraft({ text, base: r.value });
    } else {
      const back = origin ? origin.value : value;
      if (!Object.is(back, value)) onCommit(back);
      setDraft({ text, base: back });
    }
  }

  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    take(e.target.value, (e.nativeEvent as InputEvent).isComposing === true);
  const onCompositionEnd = (e: CompositionEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    take(e.currentTarget.value, false);
  const onFocus = () => setOrigin({ value });
  const onBlur = (_e: FocusEvent) => {
    // A valid draft is reformatted ("5521.2" → "5521.20"); an invalid one stays, with its message.
    if (live && codec.parse(live.text).ok) setDraft(null);
  };

  const common = {
    value: shown,
    onChange,
    onCompositionEnd,
    onFocus,
    onBlur,
    'data-field-path': path,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    placeholder: props.placeholder ?? codec.placeholder,
    maxLength: codec.maxLength,
    id: props.id,
    disabled: props.disabled,
    spellCheck: false,
    className: [className, codec.numeric ? 'numeric' : '', error ? 'has-error' : ''].filter(Boolean).join(' '),
    ...cellAttributes,
  };

  const input =
    multiline || wrap ? (
      <textarea {...common} rows={1} data-single-line={wrap ? '' : undefined} />
    ) : (
      <input {...common} type="text" inputMode={codec.numeric ? 'decimal' : undefined} autoComplete="off" />
    );
  if (!error) return input;
  return (
    <>
      {input}
      <div className="field-error" role="alert">
        {error}，未保存（仍为 {codec.format(value) || '空'}）
      </div>
    </>
  );
}

export const CodecInput = memo(CodecInputInner) as typeof CodecInputInner;
