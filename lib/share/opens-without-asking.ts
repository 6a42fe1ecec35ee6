import { isBlankDesign, type Design } from '@/lib/design';

/**
 * Whether a shared design may replace the studio's without asking: the studio holds no work
 * (isBlankDesign), or already holds this very design (the same link opened again). Anything else
 * is someone's work, and the studio asks first.
 */
export function opensWithoutAsking(current: Design, shared: Design): boolean {
  return isBlankDesign(current) || JSON.stringify(current) === JSON.stringify(shared);
}
