'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';

/**
 * Rows a person edits (key/value pairs, accepted risks) that are only
 * committed once they make a valid value: a half-filled row stays on screen
 * without being written. When the value changes from outside (undo, a fix,
 * another field's commit of the same object) the rows show it again.
 */
export function useDraftRows<Row, Value>(value: Value, toRows: (value: Value) => Row[]) {
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  const committed = useRef(JSON.stringify(value ?? null));
  // toRows is a pure mapping: only a new value resets the rows, not a new toRows function.
  const rowsOf = useEffectEvent((next: Value) => toRows(next));
  useEffect(() => {
    const seen = JSON.stringify(value ?? null);
    if (seen === committed.current) return;
    committed.current = seen;
    setRows(rowsOf(value));
  }, [value]);
  /** Remembers what was committed, so the echo of our own commit does not reset the rows. */
  const markCommitted = (next: Value | undefined) => {
    committed.current = JSON.stringify(next ?? null);
  };
  return { rows, setRows, markCommitted };
}
