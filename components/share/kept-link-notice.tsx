'use client';

import { Button } from '../ui/button';

/**
 * After "Keep my design", the shared link is not thrown away: it stays one
 * click from a read-only review (in a new tab, beside the user's own work)
 * or from opening here after all, until dismissed.
 */
export function KeptLinkNotice({ name, fragment, onOpen, onDismiss }: { name: string; fragment: string; onOpen(): void; onDismiss(): void }) {
  return (
    <div role="status" data-testid="share-kept" className="flex items-center gap-3 border-b border-[var(--border)] bg-[var(--panel-2)] px-4 py-1.5 text-[12.5px]">
      <span className="min-w-0 flex-1 truncate">
        The shared design <strong>{name}</strong> is kept aside: your own design stays open.
      </span>
      <a
        href={`/view#${fragment}`}
        target="_blank"
        rel="noreferrer"
        data-testid="share-kept.review"
        className="inline-flex h-7 items-center rounded-md border border-[var(--border)] px-2.5 font-medium hover:bg-[var(--panel)]"
      >
        Review it read-only
      </a>
      <Button data-testid="share-kept.open" onClick={onOpen}>
        Open it here instead
      </Button>
      <button type="button" aria-label="Dismiss" data-testid="share-kept.dismiss" onClick={onDismiss} className="px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]">
        ×
      </button>
    </div>
  );
}
