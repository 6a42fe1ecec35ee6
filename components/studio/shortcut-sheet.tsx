'use client';

import { Dialog } from '../ui/dialog';
import { SHORTCUT_GROUPS } from './shortcut-list';

/** The `?` sheet: every keyboard shortcut, grouped, as shortcut-list.ts declares them. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog open title="Keyboard shortcuts" onClose={onClose} testId="shortcuts" wide>
      <div className="grid gap-x-8 gap-y-4 md:grid-cols-3">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
            <h3 id={`shortcuts-${group.title}`} className="mb-1.5 text-[11px] font-semibold uppercase tracking-wider text-[var(--muted)]">
              {group.title}
            </h3>
            <dl className="space-y-1.5">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.does} className="flex items-start gap-2 text-[13px]" data-testid="shortcuts.row">
                  <dt className="flex shrink-0 gap-0.5">
                    {shortcut.keys.map((key) => (
                      <kbd key={key} className="rounded border border-[var(--border)] bg-[var(--panel-2)] px-1.5 font-mono text-[12px] leading-5">
                        {key}
                      </kbd>
                    ))}
                  </dt>
                  <dd className="text-[var(--text)]">{shortcut.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="mt-4 text-[12px] text-[var(--muted)]">On a Mac, ⌘ works wherever Ctrl is shown.</p>
    </Dialog>
  );
}
