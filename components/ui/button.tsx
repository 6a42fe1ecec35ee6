'use client';

import type { ComponentProps } from 'react';

/** The one button style: quiet by default, `primary` for the main action of a dialog. */
export function Button({ variant = 'quiet', className = '', ...props }: ComponentProps<'button'> & { variant?: 'quiet' | 'primary' | 'danger' }) {
  const look =
    variant === 'primary'
      ? 'bg-[var(--accent)] text-[var(--on-accent)] border-transparent hover:brightness-110'
      : variant === 'danger'
        ? 'border-[var(--error)] text-[var(--error)] hover:bg-[var(--panel-2)]'
        : 'border-[var(--border)] hover:bg-[var(--panel-2)]';
  return (
    <button
      type="button"
      {...props}
      className={`inline-flex h-7 shrink-0 items-center gap-1 whitespace-nowrap rounded-md border px-2.5 text-[12.5px] font-medium disabled:cursor-not-allowed disabled:opacity-40 ${look} ${className}`}
    />
  );
}
