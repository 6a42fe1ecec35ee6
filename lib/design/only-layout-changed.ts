import type { Design } from './design';

/**
 * Whether `after` is `before` with only node positions changed. Edits are
 * immutable, so every other part of an unchanged design is the same object:
 * a drag's drop can then keep the review (no rule reads positions) instead of
 * running every rule again.
 */
export function onlyLayoutChanged(before: Design, after: Design): boolean {
  if (before === after) return false;
  for (const key of Object.keys(after) as Array<keyof Design>) {
    if (key !== 'layout' && before[key] !== after[key]) return false;
  }
  return Object.keys(before).length === Object.keys(after).length;
}
