'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';

export interface MenuItem {
  label: string;
  /** The key that does the same, shown beside the label. */
  shortcut?: string;
  title?: string;
  testId?: string;
  onSelect(): void;
}

/**
 * A button that opens a list of actions (the menu-button pattern of WAI-ARIA):
 * arrow keys move between items, Enter or a click runs one, Escape or a click
 * elsewhere closes it and gives the focus back to the button.
 */
export function Menu({ label, items, testId, className = '' }: { label: ReactNode; items: MenuItem[]; testId?: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const move = (from: number, step: number) => itemRefs.current[(from + step + items.length) % items.length]?.focus();

  return (
    <div ref={root} className={`relative ${className}`}>
      <Button ref={button} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined} data-testid={testId} onClick={() => setOpen((o) => !o)}>
        {label}
      </Button>
      {open && (
        <div
          id={id}
          role="menu"
          aria-label={typeof label === 'string' ? label : undefined}
          data-testid={testId ? `${testId}.list` : undefined}
          className="absolute right-0 top-8 z-50 min-w-[220px] rounded-md border border-[var(--border)] bg-[var(--panel)] py-1 shadow-lg"
          onKeyDown={(event) => {
            const at = itemRefs.current.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') close();
            else if (event.key === 'ArrowDown') move(at, 1);
            else if (event.key === 'ArrowUp') move(at, -1);
            else if (event.key === 'Home') move(-1, 1);
            else if (event.key === 'End') move(0, -1);
            else return;
            event.preventDefault();
            event.stopPropagation();
          }}
        >
          {items.map((item, i) => (
            <button
              key={item.label}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              title={item.title}
              data-testid={item.testId}
              className="flex w-full items-center gap-4 px-3 py-1.5 text-left text-[13px] hover:bg-[var(--panel-2)] focus:bg-[var(--panel-2)]"
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              <span>{item.label}</span>
              {item.shortcut && <span className="ml-auto text-[12px] text-[var(--muted)]">{item.shortcut}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
