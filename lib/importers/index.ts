import { designFileImporter } from './design-file';
import type { Importer } from './importer';

export type { Importer, ImportResult, ImportNote, ImportError } from './importer';

/** Every import format; `detect` is tried in this order when the user does not say. */
export const IMPORTERS: readonly Importer[] = [designFileImporter];

export function importerById(id: string): Importer | undefined {
  return IMPORTERS.find((i) => i.id === id);
}

/** The importer for `text`, from the format the user chose or by detection. */
export function chooseImporter(text: string, fileName?: string, format?: string): Importer | undefined {
  if (format) return importerById(format);
  return IMPORTERS.find((i) => i.detect(text, fileName));
}
