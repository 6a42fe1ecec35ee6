'use client';

import { linkReach, SAFE_LINK_CHARS, SHORT_LINK_CHARS } from '@/lib/share';
import { Button } from '../ui/button';

const REACH_TEXT = {
  anywhere: 'Short enough for e-mail and any chat.',
  chat: `Over ${SHORT_LINK_CHARS.toLocaleString('en')} characters: fine in Slack, Teams and GitHub; some e-mail clients break links this long.`,
  'too-long': `Over ${SAFE_LINK_CHARS.toLocaleString('en')} characters: chat apps and e-mail may cut it. Send the design file instead (Save JSON), or share the picture.`,
} as const;

const REACH_COLOUR = { anywhere: 'var(--ok)', chat: 'var(--warning)', 'too-long': 'var(--error)' } as const;

/** A share link's length and how far it travels (lib/share's linkReach); a link too long for chat offers the design file instead. */
export function LinkReach({ length, onSaveFile }: { length: number; onSaveFile(): void }) {
  const reach = linkReach(length);
  return (
    <>
      <div className="mt-2 flex items-center gap-3 text-[12.5px]">
        <span data-testid="share.length" data-reach={reach} className="font-medium" style={{ color: REACH_COLOUR[reach] }}>
          {length.toLocaleString('en')} characters
        </span>
        <span className="text-[var(--muted)]" data-testid="share.reach">
          {REACH_TEXT[reach]}
        </span>
      </div>
      {reach === 'too-long' && (
        <div className="mt-2">
          <Button data-testid="share.download-file" onClick={onSaveFile}>
            Download the design file
          </Button>
        </div>
      )}
    </>
  );
}
