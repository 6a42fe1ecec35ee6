'use client';

import { useId, useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { RemoveButton } from '../ui/remove-button';
import type { PropertySchema } from './json-schema-of';
import { fieldsToAsk, starterItem } from './starter-item';

const CONTROL = 'min-w-0 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 py-1 text-[12.5px]';
const ICON = 'shrink-0 rounded px-1.5 text-[14px] leading-none text-[var(--muted)] hover:text-[var(--text)] disabled:opacity-30';

/** What an item is called in its row: its name, or its first few plain values ("allow · topic · orders · Read"). */
function titleOf(item: unknown, index: number): string {
  const values: string[] = [];
  const collect = (v: unknown) => {
    if (values.length >= 4 || v === undefined || v === null) return;
    if (Array.isArray(v)) values.push(v.filter((x) => typeof x !== 'object').join(', '));
    else if (typeof v === 'object') Object.values(v).forEach(collect);
    else values.push(String(v));
  };
  const name = (item as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && name !== '') return name;
  collect(item);
  const text = values.filter(Boolean).join(' · ');
  return text === '' ? `Item ${index + 1}` : text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

interface ObjectListEditorProps {
  label: string;
  /** The JSON Schema of one item. */
  item: PropertySchema;
  value: readonly unknown[] | undefined;
  /** The label of one of an item's own fields. */
  labelOf(key: string): string | undefined;
  onCommit(list: unknown[]): string | undefined;
  /** The form of item `index` (the caller's schema form at the item's path). */
  renderItem(index: number): ReactNode;
  testId: string;
}

/**
 * A list of settings objects (RabbitMQ policies, Kafka users and their ACLs, connector transforms):
 * one row per item that opens to the item's own form, moved or removed with a button, and a new
 * item that asks only for what it cannot start without. Every change is committed as the whole
 * list through the schema, so an edit the schema refuses is shown, never saved.
 */
export function ObjectListEditor({ label, item, value, labelOf, onCommit, renderItem, testId }: ObjectListEditorProps) {
  const id = useId();
  const list = value ?? [];
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const asked = fieldsToAsk(item);

  function change(next: unknown[], opened: ReadonlySet<number>): boolean {
    const refused = onCommit(next);
    setError(refused);
    if (refused === undefined) setOpen(opened);
    return refused === undefined;
  }
  const move = (from: number, to: number) => {
    const next = [...list];
    [next[from], next[to]] = [next[to], next[from]];
    change(next, new Set([...open].map((i) => (i === from ? to : i === to ? from : i))));
  };
  const remove = (index: number) =>
    change(
      list.filter((_, i) => i !== index),
      new Set([...open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))),
    );
  const add = (typed: Record<string, string | number>) => change([...list, starterItem(item, typed)], new Set([...open, list.length]));

  return (
    <fieldset className="min-w-0 space-y-1" data-testid={testId} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-[12px] font-medium">
        {label} <span className="font-normal text-[var(--muted)]">· {list.length}</span>
      </legend>
      {list.length === 0 && <p className="text-[11.5px] text-[var(--muted)]">None.</p>}
      {list.map((entry, i) => (
        <ListItemRow
          key={i}
          title={titleOf(entry, i)}
          expanded={open.has(i)}
          first={i === 0}
          last={i === list.length - 1}
          testId={testId}
          onToggle={() => setOpen(open.has(i) ? new Set([...open].filter((j) => j !== i)) : new Set([...open, i]))}
          onMove={(by) => move(i, i + by)}
          onRemove={() => remove(i)}
        >
          {renderItem(i)}
        </ListItemRow>
      ))}
      {adding ? (
        <NewItemForm label={label} asked={asked} labelOf={labelOf} testId={testId} onAdd={(typed) => add(typed) && setAdding(false)} onCancel={() => setAdding(false)} />
      ) : (
        <button
          type="button"
          aria-label={`Add to ${label}`}
          data-testid={`${testId}.add`}
          className="rounded px-1 text-[12px] font-medium text-[var(--accent)] underline-offset-2 hover:underline"
          onClick={() => (asked.length === 0 ? add({}) : setAdding(true))}
        >
          + Add
        </button>
      )}
      {error && (
        <div id={`${id}-error`} role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
          {error}
        </div>
      )}
    </fieldset>
  );
}

/** One item's row: its title (opening its form), moves up and down, and removal. */
function ListItemRow({
  title,
  expanded,
  first,
  last,
  testId,
  onToggle,
  onMove,
  onRemove,
  children,
}: {
  title: string;
  expanded: boolean;
  first: boolean;
  last: boolean;
  testId: string;
  onToggle(): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  children: ReactNode;
}) {
  return (
    <div className="rounded-md border border-[var(--border)]" data-testid={`${testId}.item`}>
      <div className="flex items-center gap-1 px-1.5 py-1">
        <button type="button" aria-expanded={expanded} data-testid={`${testId}.item.toggle`} className="min-w-0 flex-1 truncate text-left font-mono text-[12px]" onClick={onToggle}>
          <span aria-hidden className="mr-1 inline-block w-2 text-[var(--muted)]">
            {expanded ? '▾' : '▸'}
          </span>
          {title}
        </button>
        <button type="button" className={ICON} aria-label={`Move ${title} up`} disabled={first} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className={ICON} aria-label={`Move ${title} down`} disabled={last} onClick={() => onMove(1)}>
          ↓
        </button>
        <RemoveButton label={`Remove ${title}`} testId={`${testId}.item.remove`} onClick={onRemove} />
      </div>
      {expanded && <div className="border-t border-[var(--border)] px-2 pb-1.5 pt-1.5">{children}</div>}
    </div>
  );
}

/** The fields a new item cannot start without (a policy's name and pattern), then Add. */
export function NewItemForm({
  label,
  asked,
  labelOf,
  testId,
  onAdd,
  onCancel,
}: {
  label: string;
  asked: ReadonlyArray<{ key: string; type: 'string' | 'number' }>;
  labelOf(key: string): string | undefined;
  testId: string;
  onAdd(typed: Record<string, string | number>): void;
  onCancel(): void;
}) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const submit = () => onAdd(Object.fromEntries(asked.map(({ key, type }) => [key, type === 'number' ? Number(typed[key] ?? '') : (typed[key] ?? '')])));
  return (
    <form
      className="space-y-1 rounded-md border border-dashed border-[var(--border)] p-1.5"
      aria-label={`New item in ${label}`}
      data-testid={`${testId}.new`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {asked.map(({ key, type }, i) => (
        <label key={key} className="block text-[12px] font-medium">
          {labelOf(key) ?? key}
          <input
            autoFocus={i === 0}
            data-testid={`${testId}.new.${key}`}
            className={`${CONTROL} mt-0.5 block w-full ${type === 'string' ? 'font-mono' : ''}`}
            inputMode={type === 'number' ? 'decimal' : undefined}
            value={typed[key] ?? ''}
            onChange={(e) => setTyped({ ...typed, [key]: e.target.value })}
          />
        </label>
      ))}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" data-testid={`${testId}.new.add`}>
          Add
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
