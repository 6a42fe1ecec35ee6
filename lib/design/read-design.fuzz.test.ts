import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDesign } from './build-design';
import { readDesign } from './read-design';
import { writeDesignJson } from './write-design';
import { writeDesignYaml } from './write-design-yaml';
import { cpuMs } from '../testing/cpu-time';

/**
 * The design reader on hostile input: it never throws, never hangs, never
 * touches Object.prototype, and either reads a design or says what is wrong.
 * `npm test` runs a seeded sample; `npm run fuzz` runs 10,000 cases per property.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const HANG_GUARD_MS = 1000;
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const before = prototypeNames();

const valid = makeDesign({
  name: 'Fuzz <script>alert(1)</script>',
  nodes: [
    { kind: 'producer', id: 'api', kafka: { acks: '1' } },
    { kind: 'kafka-topic', id: 'orders', config: { 'retention.ms': -1 } },
    { kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-max-length': 10 } },
    { kind: 'consumer-group', id: 'g' },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'g' },
    { from: 'q', to: 'g' },
  ],
});
const seeds = [writeDesignJson(valid), writeDesignYaml(valid)];

const mutation = fc.record({
  seed: fc.constantFrom(...seeds),
  at: fc.nat(),
  cut: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('{', '}', '[', ']', '"', ':', '\n', '&a ', '*a', '__proto__', '"__proto__": {"polluted": 1},', '1e999', '-0', '\u0000', '\uD800', '!!js/function', '<<: *a'),
  ),
});

function check(text: string) {
  const { value: result, ms } = cpuMs(() => readDesign(text));
  expect(ms).toBeLessThan(HANG_GUARD_MS);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.code).toMatch(/^QW00\d$/);
      expect(error.message.length).toBeGreaterThan(0);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('readDesign fuzzing', () => {
  it('survives arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), check), { numRuns: RUNS, seed: 7 });
  });

  it('survives arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => check(JSON.stringify(value))),
      { numRuns: RUNS, seed: 11 },
    );
  });

  it('survives mutated and truncated design files', () => {
    fc.assert(
      fc.property(mutation, ({ seed, at, cut, insert }) => {
        const i = at % (seed.length + 1);
        check(seed.slice(0, i) + insert + seed.slice(i + cut));
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });

  it('survives designs whose fields are replaced with hostile values', () => {
    const hostile = fc.oneof(fc.constantFrom<unknown>(null, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, '', '__proto__', [], {}, { __proto__: { x: 1 } }, 'a'.repeat(5000)), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), hostile, (nodeIndex, fieldIndex, value) => {
        const doc = JSON.parse(seeds[0]);
        const node = doc.nodes[nodeIndex % doc.nodes.length];
        const keys = Object.keys(node);
        node[keys[fieldIndex % keys.length]] = value;
        check(JSON.stringify(doc));
      }),
      { numRuns: RUNS, seed: 17 },
    );
  });

  it('leaves Object.prototype as it was', () => {
    expect(prototypeNames()).toBe(before);
  });
});
