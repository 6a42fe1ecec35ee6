import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared reference folder (`corpus/`, `schemas/`, `reference/`) lives beside
 * the repository: `<repoRoot>/../shared`. Tests read it in place and never copy
 * it into the repo.
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');

/** A path inside `../shared`. */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/**
 * Call at the top of a test file that needs `../shared`: without it the tests
 * fail, saying so, rather than pass or skip without proving anything.
 */
export function requireSharedDir(what: string): void {
  if (!existsSync(SHARED_DIR)) throw new Error(`${what}: ${SHARED_DIR} is missing (it holds the shared corpus and schemas); put it beside the repository.`);
}
