import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { readDesign } from './read-design';
import { writeDesignJson } from './write-design';
import { writeDesignYaml } from './write-design-yaml';

/**
 * The design file is lossless: any valid design, written as JSON or YAML
 * and read back, is the same design. Generated designs put hostile strings
 * (YAML special words and indicators, quotes, control characters, line and
 * paragraph separators, lone surrogates, prototype names) in every name,
 * note, vhost, routing key and argument name.
 */

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 150);

describe('design file round trip', () => {
  it('JSON: design → text → design is the same design', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const text = writeDesignJson(design);
        const read = readDesign(text, { format: 'json' });
        if (!read.ok) throw new Error(read.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
        expect(read.design).toEqual(design);
        // Every key Queuewright writes is one it knows.
        expect(read.notices).toEqual([]);
        // Writing again gives the same text: the format is stable.
        expect(writeDesignJson(read.design)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('YAML: design → text → design is the same design', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const text = writeDesignYaml(design);
        const read = readDesign(text, { format: 'yaml' });
        if (!read.ok) throw new Error(`${read.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}\n${text.slice(0, 2000)}`);
        expect(read.design).toEqual(design);
        expect(read.notices).toEqual([]);
        expect(writeDesignYaml(read.design)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('auto-detection reads both forms back', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 4 }), (design) => {
        for (const text of [writeDesignJson(design), writeDesignYaml(design)]) {
          const read = readDesign(text);
          expect(read.ok && read.design).toEqual(design);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 60_000);
});
