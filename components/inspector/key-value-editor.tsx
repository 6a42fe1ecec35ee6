'use client';

import { useId, useState } from 'react';
import { RemoveButton } from '../ui/remove-button';
import { RulePicker } from './rule-picker';
import { useDraftRows } from './use-draft-rows';

/** What a row's value is; a `list` (a policy's `ha-params` naming nodes) is typed as text separated by commas. */
export type ValueType = 'string' | 'number' | 'boolean' | 'list';
type Scalar = string | number | boolean | string[];

interface Row {
  key: string;
  type: ValueType;
  text: string;
}

const CONTROL = 'min-w-0 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 py-1 text-[12.5px]';

function toRows(value: Record<string, Scalar> | undefined): Row[] {
  return Object.entries(value ?? {}).map(([key, v]) => (Array.isArray(v) ? { key, type: 'list', text: v.join(', ') } : { key, type: typeof v as ValueType, text: String(v) }));
}

/** The record the rows make, or what is wrong and where (row numbers as the person sees them). */
function fromRows(rows: Row[], label: string): { ok: true; value: Record<string, Scalar> } | { ok: false; message: string } {
  const value: Record<string, Scalar> = {};
  for (const [i, row] of rows.entries()) {
    const where = `${label}, row ${i + 1}`;
    // A row just added and still empty is no mistake yet.
    if (row.key.trim() === '' && row.text.trim() === '') continue;
    if (row.key.trim() === '') return { ok: false, message: `${where}: enter a key` };
    if (Object.hasOwn(value, row.key)) return { ok: false, message: `${where}: "${row.key}" is already set above` };
    if (row.type === 'number') {
      const n = Number(row.text.trim());
      if (row.text.trim() === '' || !Number.isFinite(n)) return { ok: false, message: `${where}: enter a number` };
      value[row.key] = n;
    } else if (row.type === 'boolean') value[row.key] = row.text === 'true';
    else if (row.type === 'list')
      value[row.key] = row.text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else value[row.key] = row.text;
  }
  return { ok: true, value };
}

/**
 * Key/value rows with typed values (text, number, true/false): binding
 * arguments and message headers, policy keys, broker settings, severity
 * overrides (rule → severity, `keys="rule"` with `options`). Committed as a
 * record once every row is whole; an empty record commits as unset.
 */
export function KeyValueEditor({
  label,
  value,
  types,
  options,
  keys = 'text',
  onCommit,
  testId,
}: {
  label: string;
  value: Record<string, Scalar> | undefined;
  /** Value types a row may take; one type hides the type choice. */
  types: readonly ValueType[];
  /** Fixed values (an enum): a choice instead of typing. */
  options?: readonly string[];
  keys?: 'text' | 'rule';
  onCommit(value: Record<string, Scalar> | undefined): string | undefined;
  testId: string;
}) {
  const id = useId();
  const { rows, setRows, markCommitted } = useDraftRows(value, toRows);
  const [error, setError] = useState<string | undefined>();
  // A row added from the keyboard takes the focus, so typing goes straight into its key.
  const [added, setAdded] = useState<number | undefined>();

  function change(next: Row[]) {
    setRows(next);
    const made = fromRows(next, label);
    if (!made.ok) return setError(made.message);
    const record = Object.keys(made.value).length === 0 ? undefined : made.value;
    markCommitted(record);
    setError(onCommit(record));
  }
  const update = (i: number, patch: Partial<Row>) => change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const firstType = types[0] ?? 'string';

  return (
    <fieldset className="min-w-0 space-y-1" data-testid={testId} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-[12px] font-medium">{label}</legend>
      {rows.length === 0 && <p className="text-[11.5px] text-[var(--muted)]">None.</p>}
      {rows.map((row, i) => (
        <KeyValueRow
          key={i}
          row={row}
          name={`${label}, row ${i + 1}`}
          keys={keys}
          types={types}
          options={options}
          autoFocus={i === added}
          testId={testId}
          onUpdate={(patch) => update(i, patch)}
          onRemove={() => change(rows.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        data-testid={`${testId}.add`}
        className="rounded px-1 text-[12px] font-medium text-[var(--accent)] underline-offset-2 hover:underline"
        onClick={() => {
          setAdded(rows.length);
          setRows([...rows, { key: '', type: options ? 'string' : firstType, text: firstType === 'boolean' ? 'false' : '' }]);
        }}
      >
        + Add {keys === 'rule' ? 'rule' : 'key'}
      </button>
      {error && (
        <div id={`${id}-error`} role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
          {error}
        </div>
      )}
    </fieldset>
  );
}

/** One key/value row: its key (text or a rule), its type when several are allowed, its value and a remove button. */
function KeyValueRow({
  row,
  name,
  keys,
  types,
  options,
  autoFocus,
  testId,
  onUpdate,
  onRemove,
}: {
  row: Row;
  /** The row's accessible name, e.g. "Arguments, row 2". */
  name: string;
  keys: 'text' | 'rule';
  types: readonly ValueType[];
  options?: readonly string[];
  autoFocus: boolean;
  testId: string;
  onUpdate(patch: Partial<Row>): void;
  onRemove(): void;
}) {
  return (
    <div className="flex items-center gap-1" data-testid={`${testId}.row`}>
      {keys === 'rule' ? (
        <RulePicker autoFocus={autoFocus} value={row.key} onChange={(key) => onUpdate({ key })} label={`${name}: rule`} testId={`${testId}.key`} className={`${CONTROL} flex-1`} />
      ) : (
        <input
          autoFocus={autoFocus}
          aria-label={`${name}: key`}
          data-testid={`${testId}.key`}
          className={`${CONTROL} flex-1 font-mono`}
          value={row.key}
          placeholder="key"
          onChange={(e) => onUpdate({ key: e.target.value })}
        />
      )}
      {types.length > 1 && (
        <select
          aria-label={`${name}: type`}
          data-testid={`${testId}.type`}
          className={`${CONTROL} w-[76px]`}
          value={row.type}
          onChange={(e) => {
            const type = e.target.value as ValueType;
            onUpdate({ type, text: type === 'boolean' ? (row.text === 'true' ? 'true' : 'false') : row.text === 'true' || row.text === 'false' ? '' : row.text });
          }}
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {t === 'string' ? 'text' : t === 'boolean' ? 'yes/no' : t}
            </option>
          ))}
        </select>
      )}
      {options || row.type === 'boolean' ? (
        <select aria-label={`${name}: value`} data-testid={`${testId}.value`} className={`${CONTROL} w-[96px]`} value={row.text} onChange={(e) => onUpdate({ text: e.target.value })}>
          {options && row.text === '' && <option value="">…</option>}
          {(options ?? ['true', 'false']).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          aria-label={`${name}: value`}
          data-testid={`${testId}.value`}
          className={`${CONTROL} w-[96px]`}
          inputMode={row.type === 'number' ? 'decimal' : undefined}
          value={row.text}
          placeholder={row.type === 'number' ? '0' : 'value'}
          onChange={(e) => onUpdate({ text: e.target.value })}
        />
      )}
      <RemoveButton label={`Remove ${name}`} testId={`${testId}.remove`} onClick={onRemove} />
    </div>
  );
}
