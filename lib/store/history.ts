import type { Design } from '../design';

/** Undo history over immutable designs: an undo step is just the previous design object. */
export interface History {
  past: Design[];
  future: Design[];
}

export const HISTORY_LIMIT = 200;

export function pushHistory(history: History, previous: Design): History {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(previous);
  return { past, future: [] };
}
