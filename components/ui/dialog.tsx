'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free. */
export function Dialog({ open, title, onClose, children, testId, wide }: { open: boolean; title: string; onClose(): void; children: ReactNode; testId?: string; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-label={title}
      onClose={onClose}
      className={`m-auto rounded-lg border border-[var(--border)] bg-[var(--panel)] p-0 text-[var(--text)] shadow-2xl backdrop:bg-black/40 ${wide ? 'w-[min(920px,94vw)]' : 'w-[min(520px,94vw)]'}`}
    >
      {open && (
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-center border-b border-[var(--border)] px-4 py-2.5">
            <h2 className="text-[14px] font-semibold">{title}</h2>
            <button type="button" aria-label="Close" onClick={onClose} className="ml-auto rounded px-2 text-[18px] leading-none text-[var(--muted)] hover:text-[var(--text)]">
              ×
            </button>
          </div>
          <div className="overflow-auto p-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
