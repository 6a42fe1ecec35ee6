'use client';

import { createContext } from 'react';

/** Pieces the design inspector and the selection inspectors share. */

/** True in the shared review: every panel part shows text, none an input. */
export const ReadOnly = createContext(false);

export function Heading({ title, subtitle }: { title: string; subtitle?: string }) {
  return (
    <div className="mb-3">
      <h2 className="truncate text-[15px] font-semibold" title={title}>
        {title}
      </h2>
      {subtitle && <div className="text-[12px] text-[var(--muted)]">{subtitle}</div>}
    </div>
  );
}

/** A labelled value where the studio would show a choice; in the review, text. */
export function ReadOnlyValue({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="mb-2 grid grid-cols-[minmax(0,45%)_minmax(0,1fr)] gap-2 text-[12px]" data-testid={testId} data-readonly="true">
      <div className="font-medium text-[var(--muted)]">{label}</div>
      <div className="min-w-0 break-words">{value}</div>
    </div>
  );
}
