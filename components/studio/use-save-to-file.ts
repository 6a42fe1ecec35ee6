'use client';

import { useCallback, useEffect, useRef } from 'react';
import { writeDesignJson } from '@/lib/design';
import { fileBaseName } from '@/lib/exporters/file-name';
import { useToasts } from '../ui/toasts';
import { useStudio, useStudioStore } from './store-context';

/** The parts of the File System Access API this uses (Chromium browsers have it; Firefox and Safari do not). */
interface WritableFile {
  name: string;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type SaveFilePicker = (options: { suggestedName: string; types: Array<{ description: string; accept: Record<string, string[]> }> }) => Promise<WritableFile>;

function savePicker(): SaveFilePicker | undefined {
  const picker = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

/**
 * Ctrl/⌘+S: where the browser can write files (File System Access), the first
 * save asks where, and every later one writes that same file, with no new
 * download each time. Where it cannot, nothing is downloaded: the work is
 * already saved in the browser, and Save as (Ctrl+Shift+S, the Save buttons)
 * downloads a copy, once per request. A newly opened design forgets the file,
 * so it never overwrites the previous design's file.
 */
export function useSaveToFile(saveAs: () => void) {
  const store = useStudioStore();
  const toasts = useToasts();
  const file = useRef<WritableFile | null>(null);
  const loadCount = useStudio((s) => s.loadCount);
  useEffect(() => {
    file.current = null;
  }, [loadCount]);

  return useCallback(async () => {
    const picker = savePicker();
    if (!picker) {
      toasts.push('info', 'Your work is saved in this browser. To download a copy, use Save as (Ctrl+Shift+S).');
      return;
    }
    const design = store.getState().design;
    try {
      file.current ??= await picker({
        suggestedName: `${fileBaseName(design)}.queuewright.json`,
        types: [{ description: 'Queuewright design', accept: { 'application/json': ['.json'] } }],
      });
      const writable = await file.current.createWritable();
      await writable.write(writeDesignJson(design));
      await writable.close();
      toasts.push('success', `Saved to ${file.current.name}`);
    } catch (error) {
      // Closing the picker is not an error; anything else is, and the download still works.
      if ((error as { name?: string }).name === 'AbortError') return;
      file.current = null;
      toasts.push('error', `Could not save to the file (${(error as Error).message}); Save as downloads a copy.`);
      saveAs();
    }
  }, [store, toasts, saveAs]);
}
