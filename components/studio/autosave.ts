'use client';

import { useEffect, useState } from 'react';
import { designFromData, writeDesignJson, type Design } from '@/lib/design';
import type { StudioStore } from '@/lib/store/studio-store';

export const AUTOSAVE_KEY = 'queuewright.autosave.v1';
const BROKEN_KEY = 'queuewright.autosave.unreadable';
const DEBOUNCE_MS = 300;

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: number } | { state: 'failed'; message: string };

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

/** Saves the design to local storage shortly after every change, and reports the status for the "saved" indicator. */
export function useAutosave(store: StudioStore, enabled: boolean): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.design === previous.design) return;
      setStatus({ state: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          localStorage.setItem(AUTOSAVE_KEY, writeDesignJson(store.getState().design));
          setStatus({ state: 'saved', at: Date.now() });
        } catch (error) {
          setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      }, DEBOUNCE_MS);
    });
    const flush = () => {
      if (timer) {
        clearTimeout(timer);
        try {
          localStorage.setItem(AUTOSAVE_KEY, writeDesignJson(store.getState().design));
        } catch {
          // Nothing more can be done while the page is closing.
        }
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      clearTimeout(timer);
    };
  }, [store, enabled]);
  return status;
}
