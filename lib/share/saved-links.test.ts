import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../design/deep-equal';
import { readDesign } from '../design/read-design';
import { decodeShareFragment } from './share-link';

/**
 * Share links written by the `v2.` and `v3.` encoders (templates, generated
 * and realistic designs, odd ids and off-grid positions), each saved with the
 * design file of what it opened to then. Links travel in chats and tickets
 * for years: each must open to the same design today. (v1 links have their
 * own test, saved-by-v1.test.ts: their designs are format 1.)
 */
const SAVED = ['v2', 'v3'].flatMap((version) =>
  (JSON.parse(readFileSync(join(__dirname, '__fixtures__', `saved-by-${version}.json`), 'utf8')) as Array<{ name: string; link: string; file: string }>).map((saved) => ({ ...saved, version })),
);

describe('what a saved link carried opens as the same design', () => {
  it.each(SAVED.map((s) => [`${s.version} ${s.name}`, s] as const))('%s', (_name, saved) => {
    expect(saved.link.startsWith(`${saved.version}.`)).toBe(true);
    const fromLink = decodeShareFragment(saved.link);
    if (!fromLink.ok) throw new Error(fromLink.message);
    const fromFile = readDesign(saved.file);
    if (!fromFile.ok) throw new Error(JSON.stringify(fromFile.errors));
    expect(deepEqual(JSON.parse(JSON.stringify(fromLink.design)), JSON.parse(JSON.stringify(fromFile.design)))).toBe(true);
  });
});
