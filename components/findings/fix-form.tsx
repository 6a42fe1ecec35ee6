'use client';

import { useId, useState } from 'react';
import { parseFixValues, type FixInput, type FixValues } from '@/lib/rules/fix';
import { Button } from '../ui/button';

/**
 * The decision a fix needs before it applies (an alert threshold, a dedup
 * key): one field per input, filled with the value suggested from the
 * design, each error shown at its field. Not a modal: the findings stay in
 * view and Escape or Cancel leaves the design as it was.
 */
export function FixForm({ title, inputs, onApply, onCancel }: { title: string; inputs: readonly FixInput[]; onApply(values: FixValues): void; onCancel(): void }) {
  const id = useId();
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(inputs.map((i) => [i.id, String(i.suggested)])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      aria-label={title}
      data-testid="findings.fix-form"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-[var(--border)] bg-[var(--panel-2)] px-3 py-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseFixValues(inputs, typed);
        if (parsed.ok) onApply(parsed.values);
        else setErrors(parsed.errors);
      }}
    >
      <p className="w-full text-[12.5px] font-medium">{title}</p>
      {inputs.map((input, index) => (
        <FixField
          key={input.id}
          input={input}
          field={`${id}-${input.id}`}
          autoFocus={index === 0}
          value={typed[input.id]}
          error={errors[input.id]}
          onType={(value) => setTyped({ ...typed, [input.id]: value })}
        />
      ))}
      <div className="flex gap-1.5">
        <Button type="submit" variant="primary" data-testid="findings.fix-apply">
          Apply
        </Button>
        <Button onClick={onCancel} data-testid="findings.fix-cancel">
          Cancel
        </Button>
      </div>
      {inputs.some((i) => i.help) && (
        <p className="w-full text-[11.5px] text-[var(--muted)]" aria-hidden>
          {inputs
            .map((i) => i.help)
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </form>
  );
}

/** One input of the fix: a choice or a typed value, its unit, its error at the field, and its help for screen readers. */
function FixField({
  input,
  field,
  autoFocus,
  value,
  error,
  onType,
}: {
  input: FixInput;
  field: string;
  autoFocus: boolean;
  value: string | undefined;
  error: string | undefined;
  onType(value: string): void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5">
      <label htmlFor={field} className="text-[12px]">
        {input.label}
      </label>
      {input.type === 'choice' ? (
        <select
          id={field}
          autoFocus={autoFocus}
          data-testid={`findings.fix-input.${input.id}`}
          value={value ?? input.suggested}
          title={input.help}
          aria-describedby={`${field}-help`}
          onChange={(e) => onType(e.target.value)}
          className="h-7 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 text-[12.5px]"
        >
          {input.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={field}
          autoFocus={autoFocus}
          data-testid={`findings.fix-input.${input.id}`}
          inputMode={input.type === 'number' ? 'numeric' : 'text'}
          maxLength={input.type === 'text' ? input.maxLength : 20}
          value={value ?? ''}
          title={input.help}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${field}-help${error ? ` ${field}-error` : ''}`}
          onChange={(e) => onType(e.target.value)}
          className={`h-7 rounded-md border bg-[var(--panel)] px-2 text-[12.5px] ${input.type === 'number' ? 'w-[90px]' : 'w-[200px]'} ${error ? 'border-[var(--error)]' : 'border-[var(--border)]'}`}
        />
      )}
      {input.type === 'number' && <span className="text-[12px] text-[var(--muted)]">{input.unit}</span>}
      {error ? (
        <span id={`${field}-error`} className="text-[11.5px] text-[var(--error)]" data-testid={`findings.fix-error.${input.id}`}>
          {error}
        </span>
      ) : null}
      <span id={`${field}-help`} className="sr-only">
        {input.help}
      </span>
    </div>
  );
}
