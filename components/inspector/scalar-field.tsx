'use client';

import { useId, useState, type ReactNode } from 'react';
import type { SettingSource } from '@/lib/brokers/source';
import type { PropertySchema } from './json-schema-of';

function toText(value: unknown, type: string): string {
  if (value === undefined || value === null) return '';
  if (type === 'json') return JSON.stringify(value, null, 2);
  if (type === 'matrix') return (value as number[][]).map((row) => row.join(', ')).join('\n');
  if (type.startsWith('array-')) return (value as unknown[]).join(', ');
  return String(value);
}

function fromText(text: string, type: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (type === 'number' || type === 'integer') {
    if (trimmed === '') return { ok: true, value: undefined };
    const n = Number(trimmed);
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: 'Enter a number' };
  }
  if (type === 'number-or-word') {
    if (trimmed === '') return { ok: true, value: undefined };
    return { ok: true, value: /^-?\d+(\.\d+)?$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : trimmed };
  }
  if (type === 'matrix') {
    const rows = trimmed === '' ? [] : trimmed.split('\n').map((line) => line.split(',').map((s) => Number(s.trim())));
    const bad = rows.findIndex((row) => !row.every(Number.isInteger));
    return bad < 0 ? { ok: true, value: rows.length === 0 ? undefined : rows } : { ok: false, message: `Line ${bad + 1}: enter whole numbers separated by commas` };
  }
  if (type === 'array-string')
    return {
      ok: true,
      value:
        trimmed === ''
          ? []
          : trimmed
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
    };
  if (type === 'array-number') {
    const parts = trimmed === '' ? [] : trimmed.split(',').map((s) => Number(s.trim()));
    return parts.every(Number.isFinite) ? { ok: true, value: parts } : { ok: false, message: 'Enter numbers separated by commas' };
  }
  if (type === 'json') {
    if (trimmed === '') return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(trimmed) };
    } catch {
      return { ok: false, message: 'Enter valid JSON' };
    }
  }
  return { ok: true, value: text === '' ? undefined : text };
}

/**
 * One plain field of a schema form (text, number, choice, yes/no, JSON, rows of numbers): its label
 * with the default or the value the software runs with, the control, and the schema's message under
 * a value it refuses.
 */
export function Field({
  label: text,
  schema,
  type,
  value,
  required,
  effective,
  onCommit,
  testId,
}: {
  label: string;
  schema: PropertySchema;
  type: string;
  value: unknown;
  required: boolean;
  effective?: { value: unknown; source: SettingSource };
  onCommit(value: unknown): string | undefined;
  testId: string;
}) {
  const id = useId();
  const { draft, setDraft, error, setError } = useDraft(value, type);

  const hint = fieldHint(schema, required, effective !== undefined);
  const unset = value === undefined;
  const shown = unset && effective ? effective.value : value;
  const notes = (
    <FieldNotes id={id} error={error} description={schema.description} effective={effective && { ...effective, unset, testId: `${testId}.effective`, clear: () => setError(onCommit(undefined)) }} />
  );
  const label = (
    <label htmlFor={id} className="flex items-baseline gap-1 text-[12px] font-medium">
      <span>{text}</span>
      {hint && <span className="font-normal text-[var(--muted)]">· {hint}</span>}
    </label>
  );
  const describedBy = error ? `${id}-error` : schema.description ? `${id}-desc` : undefined;
  const inputClass = `w-full rounded-md border bg-[var(--panel)] px-2 py-1 text-[13px] ${error ? 'border-[var(--error)]' : 'border-[var(--border)]'}`;

  function submit(text: string) {
    setDraft(text);
    const parsed = fromText(text, type);
    if (!parsed.ok) return setError(parsed.message);
    setError(onCommit(parsed.value));
  }

  if (type === 'boolean') {
    const checked = shown === undefined ? Boolean(schema.default) : Boolean(shown);
    return <CheckboxField id={id} testId={testId} text={text} hint={hint} checked={checked} describedBy={describedBy} notes={notes} onCheck={(on) => setError(onCommit(on))} />;
  }
  let control;
  if (type === 'enum') {
    const choose = (chosen: string) => setError(onCommit(chosen === '' ? undefined : chosen));
    control = <EnumSelect id={id} testId={testId} className={inputClass} describedBy={describedBy} schema={schema} value={value} required={required} effective={effective} onChoose={choose} />;
  } else {
    control = (
      <TextControl
        id={id}
        testId={testId}
        className={inputClass}
        describedBy={describedBy}
        type={type}
        schema={schema}
        draft={draft}
        invalid={error !== undefined}
        effective={effective}
        onDraft={setDraft}
        onSubmit={submit}
      />
    );
  }
  return (
    <div className="space-y-0.5">
      {label}
      {control}
      {notes}
    </div>
  );
}

/**
 * The text being typed and the error of the last submit. When the value changes from outside (undo, a fix),
 * the draft shows it, unless the user is mid-way through an invalid entry. Adjusted while rendering
 * (React's "storing information from previous renders"), not in an effect a frame later.
 */
function useDraft(value: unknown, type: string) {
  const [draft, setDraft] = useState(() => toText(value, type));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState({ value, type, error });
  if (seen.value !== value || seen.type !== type || seen.error !== error) {
    setSeen({ value, type, error });
    if (!error) setDraft(toText(value, type));
  }
  return { draft, setDraft, error, setError };
}

/** What the label says after the name: the schema's default, or "optional". A software setting says what it runs with below the control instead; "optional" would say less. */
function fieldHint(schema: PropertySchema, required: boolean, hasEffective: boolean): string | undefined {
  if (hasEffective) return undefined;
  if (schema.default !== undefined) return `default ${typeof schema.default === 'object' ? JSON.stringify(schema.default) : String(schema.default)}`;
  return required ? undefined : 'optional';
}

/** A boolean field: a checkbox with the name (and hint) as its label, and the field's notes under it. */
function CheckboxField({
  id,
  testId,
  text,
  hint,
  checked,
  describedBy,
  notes,
  onCheck,
}: {
  id: string;
  testId: string;
  text: string;
  hint: string | undefined;
  checked: boolean;
  describedBy: string | undefined;
  notes: ReactNode;
  onCheck(checked: boolean): void;
}) {
  return (
    <div>
      <label className="flex items-center gap-2 text-[12px] font-medium">
        <input id={id} type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onCheck(e.target.checked)} aria-describedby={describedBy} />
        <span>{text}</span>
        {hint && <span className="font-normal text-[var(--muted)]">· {hint}</span>}
      </label>
      {notes}
    </div>
  );
}

/**
 * A field typed as text: a number or short string submits on every keystroke; JSON, rows of numbers
 * (and long text) are a text area, and the first two submit when it loses focus, as a half-typed one is
 * rarely valid.
 */
function TextControl(props: {
  id: string;
  testId: string;
  className: string;
  describedBy: string | undefined;
  type: string;
  schema: PropertySchema;
  draft: string;
  invalid: boolean;
  effective?: { value: unknown };
  onDraft(text: string): void;
  onSubmit(text: string): void;
}) {
  const { type, schema, effective } = props;
  if (type === 'json' || type === 'matrix' || (type === 'string' && (schema.maxLength ?? 0) > 2000)) {
    return (
      <textarea
        id={props.id}
        data-testid={props.testId}
        className={`${props.className} min-h-[64px] font-mono text-[12px]`}
        value={props.draft}
        placeholder={type === 'matrix' ? 'One line each, e.g. 1, 2, 3' : type === 'json' ? (schema.type === 'array' ? '[ ]' : '{ }') : undefined}
        onChange={(e) => (type === 'string' ? props.onSubmit(e.target.value) : props.onDraft(e.target.value))}
        onBlur={(e) => type !== 'string' && props.onSubmit(e.target.value)}
        aria-describedby={props.describedBy}
      />
    );
  }
  return (
    <input
      id={props.id}
      data-testid={props.testId}
      className={props.className}
      type={type === 'number' || type === 'integer' ? 'number' : 'text'}
      inputMode={type === 'integer' ? 'numeric' : undefined}
      value={props.draft}
      placeholder={effective ? toText(effective.value, type) : schema.default !== undefined ? String(schema.default) : undefined}
      onChange={(e) => props.onSubmit(e.target.value)}
      aria-invalid={props.invalid ? true : undefined}
      aria-describedby={props.describedBy}
    />
  );
}

/** A choice among the schema's values, with an empty option that says what applies when it is unset. */
function EnumSelect(props: {
  id: string;
  testId: string;
  className: string;
  describedBy: string | undefined;
  schema: PropertySchema;
  value: unknown;
  required: boolean;
  effective?: { value: unknown };
  onChoose(value: string): void;
}) {
  const { schema, value, effective } = props;
  const unsetText = effective ? `(unset: ${String(effective.value)})` : schema.default !== undefined ? `(default: ${String(schema.default)})` : '(not set)';
  return (
    <select
      id={props.id}
      data-testid={props.testId}
      className={props.className}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => props.onChoose(e.target.value)}
      aria-describedby={props.describedBy}
    >
      {(!props.required || value === undefined) && <option value="">{unsetText}</option>}
      {schema.enum!.map((option) => (
        <option key={String(option)} value={String(option)}>
          {String(option)}
        </option>
      ))}
    </select>
  );
}

interface EffectiveNote {
  value: unknown;
  source: SettingSource;
  unset: boolean;
  testId: string;
  clear(): void;
}

/** Under a software setting: the value it runs with and where that comes from, or that the design sets it (and a way to leave it to the software). */
function EffectiveLine({ value, source, unset, testId, clear }: EffectiveNote) {
  const from = source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer" className="underline decoration-dotted">
      {source.label}
    </a>
  ) : (
    source.label
  );
  return (
    <div data-testid={testId} data-origin={source.origin} className="text-[11.5px] text-[var(--muted)]">
      {unset ? (
        <>
          Unset: runs with <code className="rounded bg-[var(--panel-2)] px-1 text-[var(--text)]">{typeof value === 'object' ? JSON.stringify(value) : String(value)}</code> · {from}
        </>
      ) : (
        <>
          Set in design ·{' '}
          <button type="button" className="underline" onClick={clear} data-testid={`${testId}.clear`}>
            leave to the software
          </button>
        </>
      )}
    </div>
  );
}

function FieldNotes({ id, error, description, effective }: { id: string; error?: string; description?: string; effective?: EffectiveNote }) {
  if (error) {
    return (
      <div id={`${id}-error`} role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
        {error}
      </div>
    );
  }
  return (
    <>
      {effective && <EffectiveLine {...effective} />}
      {description && (
        <div id={`${id}-desc`} className="text-[11.5px] text-[var(--muted)]">
          {description}
        </div>
      )}
    </>
  );
}
