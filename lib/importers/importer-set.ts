import type { ImportFile, ImportOptions, ImportResult, Importer } from './importer';
import { unrecognisedFormat } from './unrecognised';

/** Finding and running the importer of a file among `importers`; the studio's list is IMPORTERS (lib/families/importers.ts). */
export interface ImporterSet {
  importerById(id: string): Importer | undefined;
  /** The importer for `text`, from the format the user chose or by detection. */
  chooseImporter(text: string, fileName?: string, format?: string): Importer | undefined;
  /** Imports `text` with the chosen or detected importer; an error that says what the file looks like when none recognises it. Never throws. */
  importText(text: string, fileName?: string, format?: string, options?: ImportOptions): ImportResult;
  /** Imports a set of files that together describe one design (NATS streams and their consumers, …). Never throws. */
  importFiles(files: readonly ImportFile[], format?: string, options?: ImportOptions): ImportResult;
}

/** The importer set of `importers`: `detect` is tried in their order when the user does not say. */
export function importerSet(importers: readonly Importer[]): ImporterSet {
  function importerById(id: string): Importer | undefined {
    return importers.find((i) => i.id === id);
  }

  /** The importer for `text`, from the format the user chose or by detection. */
  function chooseImporter(text: string, fileName?: string, format?: string): Importer | undefined {
    if (format) return importerById(format);
    return importers.find((i) => i.detect(text, fileName));
  }

  /**
   * Imports `text` with the chosen or detected importer. When no importer
   * recognises it, the result is an error that says what the file looks like
   * and why it cannot be imported. Never throws.
   */
  function importText(text: string, fileName?: string, format?: string, options: ImportOptions = {}): ImportResult {
    if (typeof text !== 'string') return { ok: false, errors: [{ message: 'Expected text.' }] };
    if (format && !importerById(format)) {
      return { ok: false, errors: [{ message: `Unknown import format "${format.slice(0, 60)}". Known formats: ${importers.map((i) => i.id).join(', ')}.` }] };
    }
    let importer: Importer | undefined;
    try {
      importer = chooseImporter(text, fileName, format);
    } catch {
      importer = undefined;
    }
    if (!importer) return unrecognisedFormat(text, fileName);
    return importer.import(text, fileName, options);
  }

  /**
   * Imports a set of files that together describe one design, as a format that
   * exports several files writes them (NATS streams and their consumers, …).
   * The format is the one given, or the one the first file is detected as; a
   * format that reads one file at a time takes a set of one. Never throws.
   */
  function importFiles(files: readonly ImportFile[], format?: string, options: ImportOptions = {}): ImportResult {
    if (files.length === 0) return { ok: false, errors: [{ message: 'No files to import.' }] };
    if (format && !importerById(format)) {
      return { ok: false, errors: [{ message: `Unknown import format "${format.slice(0, 60)}". Known formats: ${importers.map((i) => i.id).join(', ')}.` }] };
    }
    let importer: Importer | undefined;
    try {
      importer = chooseImporter(files[0].text, files[0].path, format);
    } catch {
      importer = undefined;
    }
    if (!importer) return unrecognisedFormat(files[0].text, files[0].path);
    if (importer.importFiles) return importer.importFiles(files, options);
    if (files.length === 1) return importer.import(files[0].text, files[0].path, options);
    return { ok: false, errors: [{ message: `${importer.label} files are imported one at a time; import ${files.map((f) => f.path).join(', ')} one by one.` }] };
  }

  return { importerById, chooseImporter, importText, importFiles };
}
