'use client';

import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import type { PropertySchema } from './json-schema-of';
import { NewItemForm } from './object-list-editor';
import { fieldsToAsk, starterItem } from './starter-item';

/**
 * An optional settings group that no single field edit can make valid (`needsStarter`: a
 * CloudEvents envelope needs its type and source at once). Absent, it shows "+ Add", then asks
 * only the fields it cannot start without (the rest take their constant, first choice or
 * default); present, its own form and a way to remove it.
 */
export function OptionalGroup({
  label,
  group,
  present,
  labelOf,
  set,
  testId,
  children,
}: {
  label: string;
  group: PropertySchema;
  present: boolean;
  labelOf(key: string): string | undefined;
  /** Saves the group (`undefined` removes it); the schema's refusal, if any. */
  set(value: Record<string, unknown> | undefined): string | undefined;
  testId: string;
  /** The group's form, shown while it is present. */
  children: ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const save = (value: Record<string, unknown> | undefined) => {
    const refused = set(value);
    setError(refused);
    if (refused === undefined) setAdding(false);
  };
  return (
    <div className="space-y-1" data-testid={`${testId}.optional`}>
      {present ? (
        <>
          {children}
          <button type="button" className="text-[12px] underline" onClick={() => save(undefined)} data-testid={`${testId}.remove`}>
            Remove {label.toLowerCase()}
          </button>
        </>
      ) : adding ? (
        <NewItemForm label={label} asked={fieldsToAsk(group)} labelOf={labelOf} testId={testId} onAdd={(typed) => save(starterItem(group, typed))} onCancel={() => setAdding(false)} />
      ) : (
        <Button aria-label={`Add ${label}`} data-testid={`${testId}.add`} onClick={() => setAdding(true)}>
          + Add
        </Button>
      )}
      {error && (
        <div role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
          {error}
        </div>
      )}
    </div>
  );
}
