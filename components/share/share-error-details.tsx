'use client';

import type { ShareDecodeResult } from '@/lib/share';

export type ShareFailure = Extract<ShareDecodeResult, { ok: false }>;

const TITLES: Record<ShareFailure['code'], string> = {
  'not-a-link': 'No design in this link',
  'unknown-version': 'This link needs a newer Queuewright',
  'too-large': 'This link is too large',
  truncated: 'This link is cut off',
  corrupt: 'This link is damaged',
  'invalid-design': 'The design in this link is not valid',
};

export function shareFailureTitle(failure: ShareFailure): string {
  return TITLES[failure.code];
}

/** What went wrong with a share link, in words, with the design errors when there are some. */
export function ShareErrorDetails({ failure }: { failure: ShareFailure }) {
  return (
    <div data-testid="share-error.details" data-code={failure.code}>
      <p className="text-[13px]">{failure.message}</p>
      {failure.errors && failure.errors.length > 0 && (
        <ul className="mt-2 max-h-[200px] space-y-1 overflow-auto">
          {failure.errors.slice(0, 10).map((e, i) => (
            <li key={i} className="rounded border border-[var(--border)] bg-[var(--panel-2)] px-2 py-1 font-mono text-[12px]">
              {e.code} {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
