'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { designFromData, writeDesignJson, type Design } from '@/lib/design';
import type { StudioStore } from '@/lib/store/studio-store';

export const AUTOSAVE_KEY = 'queuewright.autosave.v1';
const BROKEN_KEY = 'queuewright.autosave.unreadable';
const DEBOUNCE_MS = 300;

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; message: string }
  /** Another tab saved a different design: autosave pauses until the user chooses. */
  | { state: 'conflict' };

export interface Autosave {
  status: SaveStatus;
  /** After a conflict: keep this tab's design (saved over the other tab's), or load the other tab's. */
  resolve(choice: 'keep-mine' | 'load-theirs'): void;
}

/** The autosaved design, if there is a readable one. An unreadable one is kept aside, never thrown away. */
export function readAutosave(): { design?: Design; problem?: string } {
  let text: string | null = null;
  try {
    text = localStorage.getItem(AUTOSAVE_KEY);
  } catch {
    return { problem: 'The browser does not allow local storage here, so work is not autosaved.' };
  }
  if (!text) return {};
  try {
    const result = designFromData(JSON.parse(text));
    if (result.ok) return { design: result.design };
    localStorage.setItem(BROKEN_KEY, text);
    return { problem: `The autosaved design could not be read (${result.errors[0].message}); it was kept under "${BROKEN_KEY}" in local storage.` };
  } catch {
    localStorage.setItem(BROKEN_KEY, text);
    return { problem: `The autosaved design was damaged; it was kept under "${BROKEN_KEY}" in local storage.` };
  }
}

/**
 * Saves the design to local storage shortly after every change, and reports
 * the status for the "saved" indicator. When another tab saves the same
 * autosave slot with a different design, saving pauses and the user chooses
 * which design wins: nothing is overwritten silently.
 */
export function useAutosave(store: StudioStore, enabled: boolean): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const conflict = useRef(false);
  const lastWritten = useRef<string | null>(null);

  const write = useCallback(() => {
    const text = writeDesignJson(store.getState().design);
    try {
      localStorage.setItem(AUTOSAVE_KEY, text);
      lastWritten.current = text;
      setStatus({ state: 'saved', at: Date.now() });
    } catch (error) {
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [store]);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.design === previous.design || conflict.current) return;
      setStatus({ state: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(write, DEBOUNCE_MS);
    });
    const onStorage = (event: StorageEvent) => {
      if (event.key !== AUTOSAVE_KEY || event.newValue === null || event.newValue === lastWritten.current) return;
      if (event.newValue === writeDesignJson(store.getState().design)) return;
      clearTimeout(timer);
      timer = undefined;
      conflict.current = true;
      setStatus({ state: 'conflict' });
    };
    const flush = () => {
      if (timer && !conflict.current) {
        clearTimeout(timer);
        write();
      }
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', flush);
      clearTimeout(timer);
    };
  }, [store, enabled, write]);

  const resolve = useCallback(
    (choice: 'keep-mine' | 'load-theirs') => {
      conflict.current = false;
      if (choice === 'keep-mine') return write();
      const theirs = readAutosave();
      if (theirs.design) store.getState().load(theirs.design);
      setStatus({ state: 'saved', at: Date.now() });
    },
    [store, write],
  );

  return { status, resolve };
}
