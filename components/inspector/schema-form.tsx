'use client';

import { useEffect, useId, useState } from 'react';
import type { PropertySchema } from './json-schema-of';

export type Path = ReadonlyArray<string>;

/** Commits a field's new value; returns the schema's message when the value is refused. */
export type Commit = (path: Path, value: unknown) => string | undefined;

/** Turns `retention.ms` and `maxReceiveCount` into readable labels; broker names stay as they are. */
export function labelFor(key: string): string {
  if (/[.\-_]/.test(key) || key.startsWith('x-')) return key;
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

function typeOf(schema: PropertySchema): string {
  if (schema.enum) return 'enum';
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t === 'object' && schema.properties) return 'object';
  if (t === 'array' && schema.items && (schema.items.type === 'string' || schema.items.type === 'number')) return `array-${schema.items.type}`;
  if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean') return t;
  return 'json';
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
}: {
  schema: PropertySchema;
  value: Record<string, unknown>;
  commit: Commit;
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
        const fieldValue = value?.[key];
        if (type === 'object') {
          return (
            <details key={key} open={openGroups?.has(key) ?? false} className="rounded-md border border-[var(--border)] px-2 py-1">
              <summary className="cursor-pointer select-none py-0.5 text-[12px] font-semibold">{labelFor(key)}</summary>
              <div className="pb-1 pt-1.5">
                <SchemaForm schema={prop} value={(fieldValue as Record<string, unknown>) ?? {}} commit={commit} path={fieldPath} testIdPrefix={testIdPrefix} />
              </div>
            </details>
          );
        }
        return (
          <Field
            key={key}
            name={key}
            schema={prop}
            type={type}
            value={fieldValue}
            required={schema.required?.includes(key) ?? false}
            onCommit={(v) => commit(fieldPath, v)}
            testId={`${testIdPrefix}.${fieldPath.join('.')}`}
          />
        );
      })}
    </div>
  );
}

function toText(value: unknown, type: string): string {
  if (value === undefined || value === null) return '';
  if (type === 'json') return JSON.stringify(value, null, 2);
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
  name,
  schema,
  type,
  value,
  required,
  onCommit,
  testId,
}: {
  name: string;
  schema: PropertySchema;
  type: string;
  value: unknown;
  required: boolean;
  onCommit(value: unknown): string | undefined;
  testId: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(() => toText(value, type));
  const [error, setError] = useState<string | undefined>();
  // When the value changes from outside (undo, a fix), show it, unless the user is mid-way through an invalid entry.
  useEffect(() => {
    if (!error) setDraft(toText(value, type));
  }, [value, type, error]);

  const hint = schema.default !== undefined ? `default ${typeof schema.default === 'object' ? JSON.stringify(schema.default) : String(schema.default)}` : required ? undefined : 'optional';
  const label = (
    <label htmlFor={id} className="flex items-baseline gap-1 text-[12px] font-medium">
      <span>{labelFor(name)}</span>
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

  let control;
  if (type === 'boolean') {
    control = (
      <label className="flex items-center gap-2 text-[12px] font-medium">
        <input
          id={id}
          type="checkbox"
          data-testid={testId}
          checked={value === undefined ? Boolean(schema.default) : Boolean(value)}
          onChange={(e) => setError(onCommit(e.target.checked))}
          aria-describedby={describedBy}
        />
        <span>{labelFor(name)}</span>
        {schema.default !== undefined && <span className="font-normal text-[var(--muted)]">· default {String(schema.default)}</span>}
      </label>
    );
    return (
      <div>
        {control}
        <FieldNotes id={id} error={error} description={schema.description} />
      </div>
    );
  }
  if (type === 'enum') {
    control = (
      <select
        id={id}
        data-testid={testId}
        className={inputClass}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => setError(onCommit(e.target.value === '' ? undefined : e.target.value))}
        aria-describedby={describedBy}
      >
        {(!required || value === undefined) && <option value="">{schema.default !== undefined ? `(default: ${String(schema.default)})` : '(not set)'}</option>}
        {schema.enum!.map((option) => (
          <option key={String(option)} value={String(option)}>
            {String(option)}
          </option>
        ))}
      </select>
    );
  } else if (type === 'json' || (type === 'string' && (schema.maxLength ?? 0) > 2000)) {
    control = (
      <textarea
        id={id}
        data-testid={testId}
        className={`${inputClass} min-h-[64px] font-mono text-[12px]`}
        value={draft}
        placeholder={type === 'json' ? '{ }' : undefined}
        onChange={(e) => (type === 'json' ? setDraft(e.target.value) : submit(e.target.value))}
        onBlur={(e) => type === 'json' && submit(e.target.value)}
        aria-describedby={describedBy}
      />
    );
  } else {
    control = (
      <input
        id={id}
        data-testid={testId}
        className={inputClass}
        type={type === 'number' || type === 'integer' ? 'number' : 'text'}
        inputMode={type === 'integer' ? 'numeric' : undefined}
        value={draft}
        placeholder={schema.default !== undefined ? String(schema.default) : undefined}
        onChange={(e) => submit(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    );
  }
  return (
    <div className="space-y-0.5">
      {label}
      {control}
      <FieldNotes id={id} error={error} description={schema.description} />
    </div>
  );
}

function FieldNotes({ id, error, description }: { id: string; error?: string; description?: string }) {
  if (error) {
    return (
      <div id={`${id}-error`} role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
        {error}
      </div>
    );
  }
  return description ? (
    <div id={`${id}-desc`} className="text-[11.5px] text-[var(--muted)]">
      {description}
    </div>
  ) : null;
}
