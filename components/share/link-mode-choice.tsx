'use client';

import type { ShareMode } from '@/lib/share';

const MODES = [
  ['edit', 'Editable copy', 'Opens in the studio'],
  ['view', 'Review only', 'Canvas, score and findings, no editing'],
] as const;

/** Which link the share dialog makes: an editable copy for the studio, or a read-only review. */
export function LinkModeChoice({ mode, onChange }: { mode: ShareMode; onChange(mode: ShareMode): void }) {
  return (
    <div role="radiogroup" aria-label="Link type" className="mb-2 flex gap-2 text-[13px]">
      {MODES.map(([value, label, hint]) => (
        <label key={value} className={`flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 ${mode === value ? 'border-[var(--accent)]' : 'border-[var(--border)]'}`}>
          <input type="radio" name="share-mode" value={value} checked={mode === value} onChange={() => onChange(value)} data-testid={`share.mode.${value}`} />
          <span>
            <span className="font-medium">{label}</span> <span className="text-[var(--muted)]">· {hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
