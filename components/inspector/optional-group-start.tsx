'use client';

import { useState } from 'react';
import { Button } from '../ui/button';
import type { PropertySchema } from './json-schema-of';
import { NewItemForm } from './object-list-editor';
import { fieldsToAsk, starterItem } from './starter-item';

/** "+ Add", then the fields the group cannot start without; the rest take their first choice or default. */
export function OptionalGroupStart({
  label,
  group,
  labelOf,
  onStart,
  testId,
}: {
  label: string;
  group: PropertySchema;
  labelOf(key: string): string | undefined;
  /** Saves the new group; the schema's refusal, if any. */
  onStart(value: Record<string, unknown>): string | undefined;
  testId: string;
}) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const start = (typed: Record<string, string | number>) => {
    const refused = onStart(starterItem(group, typed));
    setError(refused);
    if (refused === undefined) setAdding(false);
  };
  return (
    <div className="space-y-1" data-testid={`${testId}.start`}>
      {adding ? (
        <NewItemForm label={label} asked={fieldsToAsk(group)} labelOf={labelOf} testId={testId} onAdd={start} onCancel={() => setAdding(false)} />
      ) : (
        <Button aria-label={`Add ${label}`} data-testid={`${testId}.add`} onClick={() => setAdding(true)}>
          + Add
        </Button>
      )}
      {error && (
        <div role="alert" className="text-[12px] text-[var(--error)]">
          {error}
        </div>
      )}
    </div>
  );
}
