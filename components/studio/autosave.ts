'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { designFromData, writeDesignJson, type Design } from '@/lib/design';
import type { StudioStore } from '@/lib/store/studio-store';

export const AUTOSAVE_KEY = 'queuewright.autosave.v1';
/** Where an autosave that cannot be read is kept aside (when storage has room for it). */
export const DAMAGED_KEY = 'queuewright.autosave.unreadable';
const DEBOUNCE_MS = 300;

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  /** `full`: the browser's storage quota is used up; work is not being kept until there is room again. */
  | { state: 'failed'; reason: 'full' | 'unavailable'; message: string }
  /** Another tab saved a different design: autosave pauses until the user chooses. */
  | { state: 'conflict' }
  /** A damaged autosave occupies the slot and could not be kept aside: saving waits until it is downloaded or discarded. */
  | { state: 'held' };

export interface Autosave {
  status: SaveStatus;
  /** After a conflict: keep this tab's design (saved over the other tab's), or load the other tab's. */
  resolve(choice: 'keep-mine' | 'load-theirs'): void;
  /** Saves now (after "Try again", or once a held damaged copy is dealt with). */
  saveNow(): void;
}

/** An autosave that could not be read: its text, so the user can still download it. */
export interface DamagedAutosave {
  text: string;
  reason: string;
  /** Whether the copy is also kept in local storage (under DAMAGED_KEY); if not, it lives only in this page. */
  keptAside: boolean;
}

export interface RestoredAutosave {
  design?: Design;
  damaged?: DamagedAutosave;
  problem?: string;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

/** Writes `text` to local storage; never throws. */
export function storeText(key: string, text: string): { ok: true } | { ok: false; reason: 'full' | 'unavailable'; message: string } {
  try {
    localStorage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return isQuotaError(error)
      ? { ok: false, reason: 'full', message: "This browser's storage for Queuewright is full." }
      : { ok: false, reason: 'unavailable', message: `This browser does not let Queuewright store data here (${error instanceof Error ? error.name : 'blocked'}).` };
  }
}

/**
 * The autosaved design, if there is a readable one. An unreadable one is never
 * thrown away: it is kept aside in storage when there is room, and returned
 * either way so the studio can offer it as a download. Never throws (a throw
 * here would crash the studio at every start).
 */
export function readAutosave(): RestoredAutosave {
  let text: string | null = null;
  try {
    text = localStorage.getItem(AUTOSAVE_KEY);
  } catch {
    return { problem: 'The browser does not allow local storage here, so work is not autosaved.' };
  }
  if (!text) return {};
  const restored = restore(text);
  if ('design' in restored) return restored;
  const keptAside = storeText(DAMAGED_KEY, text).ok;
  return { damaged: { text, reason: restored.reason, keptAside } };
}

/** Autosave text as a design, or why it cannot be one. */
function restore(text: string): { design: Design } | { reason: string } {
  try {
    const result = designFromData(JSON.parse(text));
    return result.ok ? { design: result.design } : { reason: result.errors[0].message };
  } catch {
    return { reason: 'it is not complete JSON' };
  }
}

/** Whether the autosave holds `design` as it is (read back the way the studio reads it). Never throws. */
export function autosaveHolds(design: Design): boolean {
  try {
    const text = localStorage.getItem(AUTOSAVE_KEY);
    const restored = text ? restore(text) : undefined;
    return restored !== undefined && 'design' in restored && JSON.stringify(restored.design) === JSON.stringify(design);
  } catch {
    return false;
  }
}

/**
 * Until the returned cleanup runs: writes the design (with `write`) a moment after each change, in
 * an idle moment; pauses on another tab's different save (`conflict`); and writes a pending save at
 * once when the page is hidden or left, and at the cleanup (the studio unmounting, maybe crashed).
 */
function saveOnChange(store: StudioStore, write: () => void, conflict: { current: boolean }, lastWritten: { current: string | null }, setStatus: (status: SaveStatus) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design === previous.design || conflict.current) return;
    setStatus({ state: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Writing a large design takes a while: it waits for a moment the page is idle (never long).
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(
          () => {
            idle = undefined;
            timer = undefined;
            write();
          },
          { timeout: 1000 },
        );
      } else {
        timer = undefined;
        write();
      }
    }, DEBOUNCE_MS);
  });
  const onStorage = (event: StorageEvent) => {
    if (event.key !== AUTOSAVE_KEY || event.newValue === null || event.newValue === lastWritten.current) return;
    if (event.newValue === writeDesignJson(store.getState().design)) return;
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    timer = undefined;
    idle = undefined;
    conflict.current = true;
    setStatus({ state: 'conflict' });
  };
  const flush = () => {
    if (timer !== undefined && !conflict.current) {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      timer = undefined;
      idle = undefined;
      write();
    }
  };
  const onHidden = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    // The studio is going away, maybe because it crashed: the last edits are saved, not dropped.
    flush();
  };
}

/**
 * Saves the design to local storage shortly after every change, and reports
 * the status. Nothing is lost on the way out: a pending save is written when
 * the studio unmounts (a crash takes it down), when the page is hidden or
 * left. When another tab saves a different design, saving pauses and the
 * user chooses which wins. While `held`, the slot still holds a damaged
 * autosave that exists nowhere else, and nothing is written over it.
 */
export function useAutosave(store: StudioStore, enabled: boolean, held: boolean): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ state: held ? 'held' : 'idle' });
  const conflict = useRef(false);
  const lastWritten = useRef<string | null>(null);

  const write = useCallback(() => {
    const text = writeDesignJson(store.getState().design);
    const stored = storeText(AUTOSAVE_KEY, text);
    if (stored.ok) {
      lastWritten.current = text;
      setStatus({ state: 'saved', at: Date.now() });
    } else setStatus({ state: 'failed', reason: stored.reason, message: stored.message });
  }, [store]);

  // Becoming held shows it at once (adjusted while rendering, not in an effect a frame later).
  const [wasHeld, setWasHeld] = useState(held);
  if (held !== wasHeld) {
    setWasHeld(held);
    if (held) setStatus({ state: 'held' });
  }

  useEffect(() => {
    if (!enabled || held) return;
    return saveOnChange(store, write, conflict, lastWritten, setStatus);
  }, [store, enabled, held, write]);

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

  return { status, resolve, saveNow: write };
}
