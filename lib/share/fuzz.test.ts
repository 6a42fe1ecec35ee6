import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate-design';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { decodeShareFragment, encodeShareFragment } from './share-link';

/** `npm test` runs a seeded sample; `npm run fuzz` (FUZZ_RUNS=10000) explores with fresh seeds. */
const SEED = process.env.FUZZ_RUNS ? undefined : 20261201;
const runs = (sample: number) => (process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : sample);

/**
 * The decoder reads whatever is in the address bar. Random text and mutated
 * real links must come back as a result (a design or a coded error), never
 * as an exception, and must finish (the run itself would hang otherwise).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODES = ['not-a-link', 'unknown-version', 'too-large', 'truncated', 'corrupt', 'invalid-design'];

function expectResult(fragment: string) {
  const result = decodeShareFragment(fragment);
  if (!result.ok) {
    expect(CODES).toContain(result.code);
    expect(result.message.length).toBeGreaterThan(10);
  } else {
    expect(Array.isArray(result.design.nodes)).toBe(true);
  }
}

const links = [encodeShareFragment(generateDesign(12)), encodeShareFragment(generateDesign(60))];

const mutation = fc.oneof(
  // Change one character to another of the alphabet.
  fc.record({ type: fc.constant('set' as const), at: fc.nat(), char: fc.constantFrom(...ALPHABET) }),
  // Cut the link (chat apps, line wrapping).
  fc.record({ type: fc.constant('cut' as const), at: fc.nat() }),
  // Insert a run of characters.
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  // Delete a run.
  fc.record({ type: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  // Swap two characters.
  fc.record({ type: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);

function mutate(link: string, mutations: Array<Record<string, unknown>>): string {
  let text = link;
  for (const m of mutations) {
    const at = (m.at as number) % (text.length + 1);
    switch (m.type) {
      case 'set':
        text = text.slice(0, at) + String(m.char) + text.slice(at + 1);
        break;
      case 'cut':
        text = text.slice(0, at);
        break;
      case 'insert':
        text = text.slice(0, at) + String(m.text) + text.slice(at);
        break;
      case 'delete':
        text = text.slice(0, at) + text.slice(at + (m.length as number));
        break;
      case 'swap': {
        const other = (m.other as number) % Math.max(1, text.length);
        const chars = [...text];
        [chars[at % Math.max(1, chars.length)], chars[other]] = [chars[other], chars[at % Math.max(1, chars.length)]];
        text = chars.join('');
        break;
      }
    }
  }
  return text;
}

describe('share link decoder fuzzing', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectResult(text)),
      { numRuns: runs(500), seed: SEED },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectResult(`#v1.${text}`)),
      { numRuns: runs(500), seed: SEED },
    );
  });

  it('never throws on random base64url payloads', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }), (chars) => expectResult(`v1.${chars.join('')}`)),
      { numRuns: runs(500), seed: SEED },
    );
  });

  it('never throws on mutated real links, and a mutated link is never silently another design', () => {
    fc.assert(
      fc.property(fc.constantFrom(...links), fc.array(mutation, { minLength: 1, maxLength: 4 }), (link, mutations) => {
        const mutated = mutate(link, mutations as Array<Record<string, unknown>>);
        expectResult(mutated);
        const result = decodeShareFragment(mutated);
        if (result.ok && mutated !== link) {
          // Only a change the checksum cannot see may decode: the same bytes (e.g. the unused low bits of the last character).
          expect(encodeShareFragment(result.design)).toBe(link);
        }
      }),
      { numRuns: runs(1500), seed: SEED },
    );
  });

  it('never throws on links of hostile designs, mutated', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 5 }), fc.array(mutation, { minLength: 0, maxLength: 2 }), (design, mutations) => {
        expectResult(mutate(encodeShareFragment(design), mutations as Array<Record<string, unknown>>));
      }),
      { numRuns: runs(200), seed: SEED },
    );
    // About 2.5 s alone; several times that when the suite runs beside other work on two cores.
  }, 30_000);
});
