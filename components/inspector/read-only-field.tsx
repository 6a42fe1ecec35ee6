'use client';

import type { SettingSource } from '@/lib/brokers/source';
import type { PropertySchema } from './json-schema-of';

function show(value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map((v) =>
        typeof v === 'object' && v !== null && 'rule' in v ? `${String(v.rule)}: ${String((v as { reason?: unknown }).reason ?? '')}` : typeof v === 'object' ? JSON.stringify(v) : String(v),
      )
      .join('; ');
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([k, v]) => `${k} = ${String(v)}`)
      .join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * A field of the shared review: its label and value as text, and for an
 * unset setting what it runs with, or its default. Nothing in it looks like
 * an input, since nothing there can be changed.
 */
export function ReadOnlyField({
  label,
  schema,
  value,
  effective,
  testId,
}: {
  label: string;
  schema: PropertySchema;
  value: unknown;
  effective?: { value: unknown; source: SettingSource };
  testId: string;
}) {
  const empty =
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  let shown;
  if (!empty) shown = <span className="break-words text-[var(--text)]">{show(value)}</span>;
  else if (effective && effective.value !== undefined) {
    shown = (
      <span className="text-[var(--muted)]">
        unset, runs with <span className="text-[var(--text)]">{show(effective.value)}</span> · {effective.source.label}
      </span>
    );
  } else if (schema.default !== undefined && !(typeof schema.default === 'object')) shown = <span className="text-[var(--muted)]">{show(schema.default)} (default)</span>;
  else shown = <span className="text-[var(--muted)]">—</span>;
  return (
    <div className="grid grid-cols-[minmax(0,45%)_minmax(0,1fr)] gap-2 py-0.5 text-[12px]" data-testid={testId} data-readonly="true">
      <div className="font-medium text-[var(--muted)]">{label}</div>
      <div className="min-w-0">{shown}</div>
    </div>
  );
}
