/**
 * Form fields for the structured parts: a label taken from the shared field names (field-labels.ts, so the form
 * and the check messages name a field the same way), the input, an optional hint, and the unit.
 */
import { useId, type ReactNode } from 'react';
import { fieldLabel, describeField } from '../../../../shared/model/field-labels';
import { CodecInput } from './CodecInput';
import type { Codec } from './codecs';
import { pathKey, type FieldPath } from '../state/field-path';

interface FieldFrameProps {
  label: ReactNode;
  htmlFor?: string;
  hint?: ReactNode;
  unit?: string;
  wide?: boolean;
  children: ReactNode;
}

export function FieldFrame({ label, htmlFor, hint, unit, wide, children }: FieldFrameProps) {
  return (
    <div className={wide ? 'form-field wide' : 'form-field'}>
      <label className="form-label" htmlFor={htmlFor}>
        {label}
        {unit ? <span className="form-unit">（{unit}）</span> : null}
      </label>
      <div className="form-control">{children}</div>
      {hint ? <div className="form-hint">{hint}</div> : null}
    </div>
  );
}

export interface ValueFieldProps<T> {
  path: FieldPath;
  value: T;
  codec: Codec<T>;
  onCommit: (value: T) => void;
  /** Defaults to the shared name of the field. */
  label?: string;
  unit?: string;
  hint?: ReactNode;
  multiline?: boolean;
  wide?: boolean;
  placeholder?: string;
}

export function ValueField<T>({
  path,
  value,
  codec,
  onCommit,
  label,
  unit,
  hint,
  multiline,
  wide,
  placeholder,
}: ValueFieldProps<T>) {
  const id = useId();
  const name = label ?? fieldLabel(path);
  return (
    <FieldFrame label={name} htmlFor={id} unit={unit} hint={hint} wide={wide ?? multiline}>
      <CodecInput
        id={id}
        value={value}
        codec={codec}
        onCommit={onCommit}
        path={pathKey(path)}
        label={describeField(path)}
        multiline={multiline}
        className={multiline ? 'form-textarea' : codec.numeric ? 'form-input form-number' : 'form-input'}
        placeholder={placeholder}
      />
    </FieldFrame>
  );
}

export function CheckField({
  path,
  value,
  onCommit,
  label,
  hint,
}: {
  path: FieldPath;
  value: boolean;
  onCommit: (value: boolean) => void;
  label?: string;
  hint?: ReactNode;
}) {
  return (
    <div className="form-field check">
      <label className="check-label">
        <input
          type="checkbox"
          checked={value}
          onChange={(e) => onCommit(e.target.checked)}
          data-field-path={pathKey(path)}
        />
        <span>{label ?? fieldLabel(path)}</span>
      </label>
      {hint ? <div className="form-hint">{hint}</div> : null}
    </div>
  );
}

/**
 * A figure the program computes: shown beside what it derives from, never editable. `source` names where a figure
 * shown from elsewhere comes from, instead of “自动计算”.
 */
export function DerivedField({
  label,
  value,
  hint,
  source,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  source?: string;
}) {
  return (
    <div className="form-field derived">
      <span className="form-label" data-source={source}>
        {label}
      </span>
      <output className="derived-value" title="自动计算，不能修改">
        {value}
      </output>
      {hint ? <div className="form-hint">{hint}</div> : null}
    </div>
  );
}

/** A titled block of fields inside a screen (二（一）…, 1. 基本支出…). */
export function FormBlock({
  title,
  extra,
  children,
  path,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  path?: FieldPath;
}) {
  return (
    <section className="form-block" data-field-path={path ? pathKey(path) : undefined}>
      <header className="form-block-header">
        <h3 className="form-block-title">{title}</h3>
        {extra ? <div className="form-block-extra">{extra}</div> : null}
      </header>
      <div className="form-grid">{children}</div>
    </section>
  );
}
