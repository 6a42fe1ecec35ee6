'use client';

import type { SaveStatus } from './autosave';

/** States in which the latest work is not in the browser's storage. */
const AT_RISK = new Set<SaveStatus['state']>(['failed', 'conflict', 'held']);

function savedText(status: SaveStatus): string {
  switch (status.state) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return 'Not saved';
    case 'conflict':
      return 'Paused: changed in another tab';
    case 'held':
      return 'Not saved: a damaged autosave waits';
    default:
      return 'Saved';
  }
}

/** Whether the work is saved in this browser, in the error colour when it is at risk. */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  return (
    <span
      data-testid="save-status"
      data-state={status.state}
      role="status"
      title={status.state === 'failed' ? status.message : 'Your work is saved in this browser'}
      className="max-w-[160px] truncate whitespace-nowrap text-[12px]"
      style={{ color: AT_RISK.has(status.state) ? 'var(--error)' : 'var(--muted)' }}
    >
      {status.state === 'saving' ? '●' : AT_RISK.has(status.state) ? '⚠' : '✓'} {savedText(status)}
    </span>
  );
}
