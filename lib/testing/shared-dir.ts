import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared reference folder (`corpus/`, `schemas/`, `reference/`) lives beside
 * the repository: `<repoRoot>/../shared`. Tests read it in place and never copy
 * it into the repo. CI always has it; elsewhere it may be missing, and then the
 * tests that need it are skipped with a loud message.
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');

/** Whether `../shared` exists. */
export function hasSharedDir(): boolean {
  return existsSync(SHARED_DIR);
}

/** A path inside `../shared`. */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/**
 * Call at the top of a test file that needs `../shared`. Returns whether the
 * tests can run. In CI a missing folder is an error (the test fails loudly);
 * elsewhere it prints that the tests are skipped, so use
 * `describe.skipIf(!requireSharedDir('my tests'))(...)`.
 */
export function requireSharedDir(what: string): boolean {
  if (hasSharedDir()) return true;
  const message = `${what}: ${SHARED_DIR} is missing (it holds the shared corpus and schemas).`;
  if (process.env.CI) throw new Error(`${message} CI must have it beside the repository.`);
  console.warn(`\n!!! SKIPPED ${message} These tests were skipped here; CI runs them.\n`);
  return false;
}
