'use client';

import { useState } from 'react';

/** A set of fixed choices (an ACL's operations): one checkbox each, committed in the schema's order. */
export function EnumSetEditor({
  label,
  options,
  value,
  onCommit,
  testId,
}: {
  label: string;
  options: readonly string[];
  value: readonly string[];
  onCommit(value: string[]): string | undefined;
  testId: string;
}) {
  const [error, setError] = useState<string | undefined>();
  const chosen = new Set(value);
  return (
    <fieldset className="min-w-0" data-testid={testId}>
      <legend className="text-[12px] font-medium">{label}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-0.5">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1 text-[12px]">
            <input
              type="checkbox"
              data-testid={`${testId}.${option}`}
              checked={chosen.has(option)}
              onChange={(e) => setError(onCommit(options.filter((o) => (o === option ? e.target.checked : chosen.has(o)))))}
            />
            {option}
          </label>
        ))}
      </div>
      {error && (
        <div role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
          {error}
        </div>
      )}
    </fieldset>
  );
}
