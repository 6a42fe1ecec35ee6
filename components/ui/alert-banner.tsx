'use client';

import type { ReactNode } from 'react';

/**
 * A message that must not be missed (work at risk): a full-width bar under
 * the top bar, announced to screen readers at once, with its actions beside
 * it. It stays until what it says is dealt with.
 */
export function AlertBanner({ testId, title, children, actions }: { testId: string; title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <div role="alert" data-testid={testId} className="flex items-center gap-3 border-b-2 border-[var(--error)] bg-[var(--panel)] px-4 py-2 text-[13px]">
      <span aria-hidden className="text-[18px] leading-none" style={{ color: 'var(--error)' }}>
        ⚠
      </span>
      <div className="min-w-0 flex-1">
        <strong style={{ color: 'var(--error)' }}>{title}</strong> {children}
      </div>
      <div className="flex shrink-0 gap-2">{actions}</div>
    </div>
  );
}
