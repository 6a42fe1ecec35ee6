'use client';

import type { ImportResult } from '@/lib/importers';

/**
 * Past this many characters a file is imported in the import worker (import.worker.ts): a
 * 5,000-node design file is ~2 MB and takes a few hundred milliseconds to parse and restore,
 * which on the main thread blocks the page in one long task. Smaller files import in place,
 * faster than a worker starts.
 */
export const IMPORT_IN_WORKER_ABOVE_CHARS = 200_000;

/** Where the built worker is served from (public/workers/import.js, bundled by scripts/build-workers.mjs). */
const IMPORT_WORKER_URL = '/workers/import.js';

export interface ImportRequest {
  id: number;
  text: string;
  fileName: string;
}

export type ImportedText = { id: number; result: ImportResult } | { id: number; failed: string };

let seq = 0;

/**
 * The file's import, done in a worker of its own (ended once it answers: opening a large file
 * is rare, and an idle worker would hold the importers' memory). Resolves to null when the
 * worker cannot run or fails, so the caller imports in place instead.
 */
export function importInWorker(text: string, fileName: string): Promise<ImportResult | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(IMPORT_WORKER_URL);
    } catch {
      resolve(null);
      return;
    }
    const id = ++seq;
    worker.onmessage = (event: MessageEvent<ImportedText>) => {
      if (event.data.id !== id) return;
      worker.terminate();
      resolve('result' in event.data ? event.data.result : null);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(null);
    };
    worker.postMessage({ id, text, fileName } satisfies ImportRequest);
  });
}
