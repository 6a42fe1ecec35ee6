import { decodeText } from '@/lib/design/decode-text';
import { MAX_INPUT_BYTES } from '@/lib/design/check-data';
import type { Design } from '@/lib/design';
import type { ImportError, ImportNote, ImportResult } from '@/lib/importers';
import { IMPORT_IN_WORKER_ABOVE_CHARS, importInWorker } from './import-in-worker';

export type ReadDesignFile = { ok: true; design: Design; report: ImportNote[] } | { ok: false; errors: ImportError[] };

/** Reads an opened file as a design (any importable format), or says what is wrong and where. */
export async function readDesignFile(file: File): Promise<ReadDesignFile> {
  if (file.size > MAX_INPUT_BYTES) {
    return { ok: false, errors: [{ message: `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.` }] };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, errors: [{ message: 'The file could not be read.' }] };
  }
  // UTF-16 files (Windows editors) are read as such; what is not text is refused with the reason.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ message: decoded.message }] };
  const result = await importDecoded(decoded.text, file.name);
  return result.ok ? { ok: true, design: result.design, report: result.report } : { ok: false, errors: result.errors };
}

/** A large file is imported in a worker (the page keeps answering meanwhile); a small one, or one the worker could not import, in place. */
async function importDecoded(text: string, fileName: string): Promise<ImportResult> {
  const inWorker = text.length > IMPORT_IN_WORKER_ABOVE_CHARS ? await importInWorker(text, fileName) : null;
  if (inWorker) return inWorker;
  // Importers (and their YAML parser) load when a file is opened, not with the studio.
  const { importText } = await import('@/lib/families/importers');
  return importText(text, fileName);
}
