'use client';

import { useId, useState } from 'react';
import type { SettingSource } from '@/lib/brokers/source';
import dynamic from 'next/dynamic';
import type { AcceptedRisk } from '@/lib/design/fields';
import type { PropertySchema } from './json-schema-of';
import { needsStarter } from './starter-item';
import type { ValueType } from './key-value-editor';

// The row editors and the review's text fields load, as one module, when a form first needs one: none is on the studio's first screen.
const editors = () => import('./field-editors');
const KeyValueEditor = dynamic(() => editors().then((m) => m.KeyValueEditor), { ssr: false });
const AcceptedRisksEditor = dynamic(() => editors().then((m) => m.AcceptedRisksEditor), { ssr: false });
const ObjectListEditor = dynamic(() => editors().then((m) => m.ObjectListEditor), { ssr: false });
const EnumSetEditor = dynamic(() => editors().then((m) => m.EnumSetEditor), { ssr: false });
const ReadOnlyField = dynamic(() => editors().then((m) => m.ReadOnlyField), { ssr: false });
const OptionalGroup = dynamic(() => editors().then((m) => m.OptionalGroup), { ssr: false });

/** The label of the field at a path (lib/design/field-labels, or design-field-labels for the design's own settings). */
export type LabelOf = (path: Path) => string | undefined;

export type Path = ReadonlyArray<string>;

/**
 * Commits a field's new value; returns the schema's message when the value is refused. Typing into a field
 * is merged into one undo step; a `discrete` change (a list item added, moved or removed) is a step of its own.
 */
export type Commit = (path: Path, value: unknown, discrete?: boolean) => string | undefined;

/** A software setting's effective value and where it comes from; `undefined` for fields that are not software settings. */
export type EffectiveOf = (path: Path) => { value: unknown; source: SettingSource } | undefined;

function typeOf(schema: PropertySchema): string {
  if (schema.enum) return 'enum';
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t === 'object' && schema.properties) return 'object';
  if (t === 'object' && recordValues(schema)) return 'record';
  if (t === 'array' && schema.items?.properties?.rule && schema.items.properties.reason) return 'risks';
  if (t === 'array' && schema.items?.properties) return 'objects';
  if (t === 'array' && schema.items?.enum) return 'array-enum';
  if (t === 'array' && schema.items && (schema.items.type === 'string' || schema.items.type === 'number')) return `array-${schema.items.type}`;
  if (t === 'array' && schema.items?.type === 'array' && schema.items.items?.type === 'integer') return 'matrix';
  if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean') return t;
  if (schema.anyOf?.every((each) => each.type === 'integer' || each.type === 'number' || typeof each.const === 'string')) return 'number-or-word';
  return 'json';
}

/** A field's path without list indices: the key its label is filed under (`policies.pattern`). */
const labelPath = (path: Path): Path => path.filter((key) => !/^\d+$/.test(key));

/** For a record of scalars (`{key: value}`): the value types, or the fixed values of an enum. */
function recordValues(schema: PropertySchema): { types: ValueType[]; options?: string[] } | undefined {
  const values = schema.additionalProperties;
  if (typeof values !== 'object' || values === null) return undefined;
  const v = values as PropertySchema;
  if (v.enum) return { types: ['string'], options: v.enum.map(String) };
  const types = new Set<ValueType>();
  for (const each of v.anyOf ?? [v]) {
    const t = each.type === 'integer' ? 'number' : each.type;
    if (t === 'string' || t === 'number' || t === 'boolean') types.add(t);
    else if (t === 'array' && each.items?.type === 'string') types.add('list');
    else return undefined;
  }
  return types.size > 0 ? { types: [...types] } : undefined;
}

/**
 * A form generated from a JSON Schema (itself generated from the zod schema),
 * so every field of every kind is editable and shows its default, and the
 * zod schema's message appears under a value it refuses.
 */
export function SchemaForm({
  schema,
  value,
  commit,
  path = [],
  skip = [],
  testIdPrefix,
  openGroups,
  effective,
  labelOf,
  readOnly = false,
}: {
  schema: PropertySchema;
  /** The design part the form edits (a node, connection, cluster or settings object), read field by field. */
  value: object;
  commit: Commit;
  effective?: EffectiveOf;
  labelOf: LabelOf;
  /** Values as text, nothing that looks editable (the shared review). */
  readOnly?: boolean;
  path?: Path;
  skip?: readonly string[];
  testIdPrefix: string;
  /** Object groups shown expanded; others start collapsed. */
  openGroups?: ReadonlySet<string>;
}) {
  const properties = Object.entries(schema.properties ?? {}).filter(([key]) => !skip.includes(key));
  return (
    <div className="space-y-2">
      {properties.map(([key, prop]) => {
        const fieldPath = [...path, key];
        const type = typeOf(prop);
        const fieldValue: unknown = (value as Readonly<Record<string, unknown>>)[key];
        const label = labelOf(labelPath(fieldPath)) ?? key;
        const testId = `${testIdPrefix}.${fieldPath.join('.')}`;
        if (type === 'object') {
          return (
            <details key={key} open={openGroups?.has(key) ?? false} className="rounded-md border border-[var(--border)] px-2 py-1" data-testid={`${testId}.group`}>
              <summary className="cursor-pointer select-none py-0.5 text-[12px] font-semibold">{label}</summary>
              <div className="pb-1 pt-1.5">
                {!readOnly && needsStarter(prop) && !schema.required?.includes(key) ? (
                  <OptionalGroup label={label} group={prop} present={fieldValue !== undefined} labelOf={(k) => labelOf(labelPath([...fieldPath, k]))} set={(v) => commit(fieldPath, v, true)} testId={testId}>
                    <SchemaForm schema={prop} value={typeof fieldValue === 'object' && fieldValue !== null ? fieldValue : {}} commit={commit} effective={effective} path={fieldPath} testIdPrefix={testIdPrefix} labelOf={labelOf} />
                  </OptionalGroup>
                ) : (
                  <SchemaForm schema={prop} value={typeof fieldValue === 'object' && fieldValue !== null ? fieldValue : {}} commit={commit} effective={effective} path={fieldPath} testIdPrefix={testIdPrefix} labelOf={labelOf} readOnly={readOnly} />
                )}
              </div>
            </details>
          );
        }
        if (readOnly) return <ReadOnlyField key={key} label={label} schema={prop} value={fieldValue} effective={effective?.(fieldPath)} testId={testId} />;
        if (type === 'record') {
          const { types, options } = recordValues(prop)!;
          const rows = fieldValue as Record<string, string | number | boolean> | undefined;
          return <KeyValueEditor key={key} label={label} value={rows} types={types} options={options} keys={key === 'overrides' ? 'rule' : 'text'} onCommit={(v) => commit(fieldPath, v)} testId={testId} />;
        }
        if (type === 'objects') {
          const list = fieldValue as unknown[] | undefined;
          return (
            <ObjectListEditor
              key={key}
              label={label}
              item={prop.items!}
              value={list}
              labelOf={(field) => labelOf(labelPath([...fieldPath, field]))}
              onCommit={(v) => commit(fieldPath, v, true)}
              testId={testId}
              renderItem={(i) => (
                <SchemaForm
                  schema={prop.items!}
                  value={(list?.[i] ?? {}) as object}
                  commit={commit}
                  path={[...fieldPath, String(i)]}
                  testIdPrefix={testIdPrefix}
                  labelOf={labelOf}
                  openGroups={new Set(Object.keys(prop.items!.properties!))}
                />
              )}
            />
          );
        }
        if (type === 'array-enum') {
          return <EnumSetEditor key={key} label={label} options={prop.items!.enum!.map(String)} value={(fieldValue as string[] | undefined) ?? []} onCommit={(v) => commit(fieldPath, v)} testId={testId} />;
        }
        if (type === 'risks') {
          return <AcceptedRisksEditor key={key} label={label} value={fieldValue as AcceptedRisk[] | undefined} onCommit={(v) => commit(fieldPath, v)} testId={testId} />;
        }
        return (
          <Field
            key={key}
            label={label}
            schema={prop}
            type={type}
            value={fieldValue}
            required={schema.required?.includes(key) ?? false}
            effective={effective?.(fieldPath)}
            onCommit={(v) => commit(fieldPath, v)}
            testId={testId}
          />
        );
      })}
    </div>
  );
}

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
  if (type === 'array-string') return { ok: true, value: trimmed === '' ? [] : trimmed.split(',').map((s) => s.trim()).filter(Boolean) };
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

function Field({
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
  const [draft, setDraft] = useState(() => toText(value, type));
  const [error, setError] = useState<string | undefined>();
  // When the value changes from outside (undo, a fix), show it, unless the user is mid-way through an invalid entry.
  // Adjusted while rendering (React's "storing information from previous renders"), not in an effect a frame later.
  const [seen, setSeen] = useState({ value, type, error });
  if (seen.value !== value || seen.type !== type || seen.error !== error) {
    setSeen({ value, type, error });
    if (!error) setDraft(toText(value, type));
  }

  // A software setting says what it runs with below the control; the schema's "optional" would say less.
  const hint = effective ? undefined : schema.default !== undefined ? `default ${typeof schema.default === 'object' ? JSON.stringify(schema.default) : String(schema.default)}` : required ? undefined : 'optional';
  const unset = value === undefined;
  const shown = unset && effective ? effective.value : value;
  const notes = <FieldNotes id={id} error={error} description={schema.description} effective={effective && { ...effective, unset, testId: `${testId}.effective`, clear: () => setError(onCommit(undefined)) }} />;
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
    return (
      <div>
        <label className="flex items-center gap-2 text-[12px] font-medium">
          <input id={id} type="checkbox" data-testid={testId} checked={shown === undefined ? Boolean(schema.default) : Boolean(shown)} onChange={(e) => setError(onCommit(e.target.checked))} aria-describedby={describedBy} />
          <span>{text}</span>
          {hint && <span className="font-normal text-[var(--muted)]">· {hint}</span>}
        </label>
        {notes}
      </div>
    );
  }
  let control;
  if (type === 'enum') {
    const choose = (chosen: string) => setError(onCommit(chosen === '' ? undefined : chosen));
    control = <EnumSelect id={id} testId={testId} className={inputClass} describedBy={describedBy} schema={schema} value={value} required={required} effective={effective} onChoose={choose} />;
  } else {
    control = <TextControl id={id} testId={testId} className={inputClass} describedBy={describedBy} type={type} schema={schema} draft={draft} invalid={error !== undefined} effective={effective} onDraft={setDraft} onSubmit={submit} />;
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
    <select id={props.id} data-testid={props.testId} className={props.className} value={value === undefined ? '' : String(value)} onChange={(e) => props.onChoose(e.target.value)} aria-describedby={props.describedBy}>
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
