import { asyncapiImporter } from './asyncapi';
import { designFileImporter } from './design-file';
import type { Importer } from './importer';

export type { Importer, ImportFile, ImportResult, ImportNote, ImportError, ImportOptions } from './importer';
export { noteText } from './importer';
export { importerSet, type ImporterSet } from './importer-set';

/**
 * The formats that read any design, tried before the brokers' own. The brokers' importers are declared by
 * their families (lib/families/<broker>.ts) and every import format is listed, with importText and
 * importFiles over them, in lib/families/importers.ts.
 */
export const LEADING_IMPORTERS: readonly Importer[] = [designFileImporter, asyncapiImporter];
