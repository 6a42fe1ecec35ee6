import type { Design } from '../design';
import { encodeShareFragment } from './share-link';

/**
 * Where links travel, and how long they may be there: e-mail clients and
 * Discord break links past about 2,000 characters; Slack, Teams and GitHub
 * carry 28,000 and more. Past `SAFE_LINK_CHARS` the studio suggests sending
 * the design file instead.
 */
export const SHORT_LINK_CHARS = 2000;
export const SAFE_LINK_CHARS = 8000;

export type ShareMode = 'edit' | 'view';

/** The share link of `design` on the studio at `origin` (e.g. `https://example.com`); `view` opens the read-only review. */
export function shareUrl(origin: string, design: Design, mode: ShareMode = 'edit'): string {
  return `${origin.replace(/\/+$/, '')}/${mode === 'view' ? 'view' : ''}#${encodeShareFragment(design)}`;
}

/** How well a link of `length` characters travels. */
export function linkReach(length: number): 'anywhere' | 'chat' | 'too-long' {
  return length <= SHORT_LINK_CHARS ? 'anywhere' : length <= SAFE_LINK_CHARS ? 'chat' : 'too-long';
}
