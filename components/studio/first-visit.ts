import { AUTOSAVE_KEY } from './autosave';

/** Set once the first-visit offer was shown: later visits do not offer it again. */
export const FIRST_VISIT_KEY = 'queuewright.first-visit-offer.v1';

/**
 * Whether this is the person's first visit: nothing saved, the offer never
 * shown, and no share link being opened. Marks the visit, so the offer is
 * made once. Storage that cannot be read (private modes) counts as a later
 * visit: an offer on every load would be worse than none.
 */
export function takeFirstVisit(): boolean {
  try {
    if (localStorage.getItem(AUTOSAVE_KEY) !== null || localStorage.getItem(FIRST_VISIT_KEY) !== null) return false;
    if (location.hash.length > 1) return false;
    localStorage.setItem(FIRST_VISIT_KEY, 'offered');
    return true;
  } catch {
    return false;
  }
}
