/// <reference lib="webworker" />
import { importText } from '@/lib/families/importers';
import type { ImportedText, ImportRequest } from './import-in-worker';

/**
 * A large file's import (parse, check, restore), off the page's main thread: a 5,000-node
 * design takes a few hundred milliseconds to read, which on the main thread would freeze the
 * page in one task. The result is plain data (a design, its report or its errors).
 */
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, text, fileName } = event.data;
  let answer: ImportedText;
  try {
    answer = { id, result: importText(text, fileName) };
  } catch (error) {
    // Said back, so the page can import in place and show the error there as it would have.
    answer = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
