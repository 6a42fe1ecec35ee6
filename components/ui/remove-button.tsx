'use client';

/** The × that removes one row of a list editor (key/value rows, accepted risks, list items). */
export function RemoveButton({ label, testId, onClick }: { label: string; testId: string; onClick(): void }) {
  return (
    <button type="button" aria-label={label} data-testid={testId} className="shrink-0 rounded px-1.5 text-[16px] leading-none text-[var(--muted)] hover:text-[var(--error)]" onClick={onClick}>
      ×
    </button>
  );
}
