import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * One or two valid inputs per importer, the starting points the importer fuzzing (lib/importers/fuzz.test.ts)
 * mutates. Each importer's seeds live beside it, in `lib/importers/<format>.fuzz-seeds.ts` exporting
 * `FUZZ_SEEDS = { importer: '<its id>', seeds: [...] }`, so a new importer adds a file and no line here; this
 * module finds them by name. Inline, so the fuzzing runs even without ../shared; corpus files are added when it is
 * there.
 */

/** One importer's seed set, as its `<format>.fuzz-seeds.ts` exports it. */
export interface ImporterFuzzSeeds {
  importer: string;
  seeds: readonly string[];
}

const IMPORTERS_DIR = path.join(__dirname, '..', 'importers');
const SEED_FILE = /\.fuzz-seeds\.ts$/;

/** Every `<format>.fuzz-seeds.ts` under lib/importers, by file name. */
export const SEED_FILES: readonly string[] = readdirSync(IMPORTERS_DIR)
  .filter((name) => SEED_FILE.test(name))
  .sort();

function seedSetOf(file: string, exported: unknown): ImporterFuzzSeeds {
  const set = exported as Partial<ImporterFuzzSeeds> | undefined;
  const valid = typeof set?.importer === 'string' && Array.isArray(set.seeds) && set.seeds.every((seed) => typeof seed === 'string');
  if (!valid) throw new Error(`lib/importers/${file} must export FUZZ_SEEDS = { importer: '<importer id>', seeds: [<strings>] }`);
  return set as ImporterFuzzSeeds;
}

/** Each seed file's set, in file-name order. */
export const SEED_SETS: ReadonlyArray<ImporterFuzzSeeds & { file: string }> = await Promise.all(
  SEED_FILES.map(async (file) => ({ file, ...seedSetOf(file, ((await import(path.join(IMPORTERS_DIR, file))) as { FUZZ_SEEDS?: unknown }).FUZZ_SEEDS) })),
);

/** The inline seeds by importer id (fuzz.test.ts checks each names a real importer, and no importer has two sets). */
export const INLINE_SEEDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(SEED_SETS.map((set) => [set.importer, set.seeds]));
