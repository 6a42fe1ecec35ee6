import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designFromData } from '../design';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { IMPORTERS, importText } from '../families';
import type { Importer } from './index';
import { cpuMs } from '../testing/cpu-time';
import { INLINE_SEEDS, SEED_SETS } from '../testing/importer-fuzz-seeds';
import { mutateStructure, mutateText, parseSeed, replacement, textMutation } from '../testing/importer-fuzz-mutations';

/**
 * Hostile input for every importer: mutated corpus files (text and
 * structure), YAML alias bombs, `__proto__` keys, deep nesting, a 50 MB
 * string, things that are not text at all. Each import must return (never
 * throw) within a second of CPU time, with either a valid design or errors that say
 * something, and leave `Object.prototype` as it was.
 */

const LIMIT_MS = 1000;

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/** `npm test` runs a seeded, repeatable sample; `npm run fuzz` explores with fresh seeds. */
const SEED = process.env.FUZZ_RUNS ? undefined : 20261201;

function corpusSeeds(): string[] {
  requireSharedDir('Import fuzzing seeded from ../shared/corpus');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (!entry.endsWith('.md')) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(sharedPath('corpus'));
  return out;
}

const corpus = corpusSeeds();
function seedsFor(importer: Importer): string[] {
  const own = INLINE_SEEDS[importer.id] ?? [];
  return [...own, ...corpus.filter((text) => safeDetect(importer, text))];
}

function safeDetect(importer: Importer, text: string): boolean {
  try {
    return importer.detect(text);
  } catch {
    return false;
  }
}

const protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayProtoNames = Object.getOwnPropertyNames(Array.prototype).sort();
function prototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

/** Imports `input` and checks the contract; returns the result for further checks. */
function check(importer: Importer, input: unknown) {
  let result;
  let elapsed: number;
  try {
    ({ value: result, ms: elapsed } = cpuMs(() => {
      safeDetectUnknown(importer, input);
      return importer.import(input as string, 'fuzz.txt');
    }));
  } catch (error) {
    throw new Error(`${importer.id} threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (elapsed > LIMIT_MS) throw new Error(`${importer.id} took ${elapsed.toFixed(0)} ms (limit ${LIMIT_MS})`);
  if (result === null || typeof result !== 'object') throw new Error(`${importer.id} returned ${String(result)}`);
  if (result.ok) {
    const again = designFromData(JSON.parse(JSON.stringify(result.design)));
    if (!again.ok) throw new Error(`${importer.id} returned an invalid design: ${again.errors[0].message}`);
    for (const note of result.report) if (typeof note.path !== 'string' || typeof note.message !== 'string' || note.message === '') throw new Error('bad report note');
  } else {
    if (!Array.isArray(result.errors) || result.errors.length === 0) throw new Error(`${importer.id} refused without saying why`);
    for (const error of result.errors) if (typeof error.message !== 'string' || error.message.length < 5) throw new Error(`${importer.id}: empty error message`);
  }
  prototypesUntouched();
  return result;
}

function safeDetectUnknown(importer: Importer, input: unknown): void {
  // detect must not throw either, whatever it is given.
  importer.detect(input as string, 'fuzz.txt');
}

// ---------------------------------------------------------------------------
// Fixed hostile inputs

function aliasBomb(prefix: string): string {
  const lines = [prefix, 'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 12; i++)
    lines.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n');
}

const FIFTY_MB = 50 * 1024 * 1024;
const HOSTILE_INPUTS: Array<[string, () => unknown]> = [
  ['YAML alias bomb', () => aliasBomb('asyncapi: 3.0.0')],
  [
    'YAML alias bomb in a Strimzi document',
    () =>
      `apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: { name: t }\nspec:\n  config:\n${aliasBomb('')
        .split('\n')
        .filter(Boolean)
        .map((l) => `    ${l}`)
        .join('\n')}`,
  ],
  [
    'YAML alias bomb in topicctl',
    () =>
      `meta: { name: t, cluster: c, environment: e, region: r }\nspec:\n  partitions: 1\n  replicationFactor: 1\n  placement: { strategy: any }\n  settings:\n${aliasBomb('')
        .split('\n')
        .filter(Boolean)
        .map((l) => `    ${l}`)
        .join('\n')}`,
  ],
  ['__proto__ at the top (JSON)', () => '{"__proto__": {"polluted": "yes"}, "rabbit_version": "3.13", "queues": []}'],
  ['__proto__ in queue arguments (JSON)', () => '{"rabbit_version":"3","queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{"__proto__":{"polluted":"yes"}}}]}'],
  ['constructor.prototype (JSON)', () => '{"asyncapi":"3.0.0","constructor":{"prototype":{"polluted":"yes"}}}'],
  ['__proto__ (YAML)', () => 'asyncapi: 3.0.0\n__proto__:\n  polluted: yes\n'],
  ['__proto__ in a YAML merge', () => 'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nbase: &b { __proto__: { isAdmin: true } }\nmetadata:\n  <<: *b\n  name: t\n'],
  [
    '$ref into the prototype',
    () =>
      'asyncapi: 3.0.0\ninfo: {title: x, version: "1"}\nservers: {s: {host: h, protocol: kafka}}\nchannels:\n  c: {address: a, messages: {m: {payload: {$ref: "#/constructor/prototype"}}}}\n  d: {$ref: "#/__proto__"}\noperations:\n  o: {action: send, channel: {$ref: "#/channels/c"}}\n',
  ],
  ['deeply nested JSON arrays', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['deeply nested JSON objects', () => `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`],
  ['deeply nested YAML flow', () => `asyncapi: ${'['.repeat(50_000)}${']'.repeat(50_000)}`],
  ['deeply nested YAML block sequences', () => `${'- '.repeat(20_000)}x`],
  ['deeply nested YAML block maps', () => Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n') + ' 1'],
  ['a 50 MB string', () => 'x'.repeat(FIFTY_MB)],
  ['a 50 MB JSON string value', () => `{"rabbit_version":"${'x'.repeat(FIFTY_MB)}"}`],
  ['a 50 MB YAML document', () => `asyncapi: 3.0.0\ninfo:\n  title: ${'y'.repeat(FIFTY_MB)}`],
  ['ten thousand empty YAML documents', () => '---\n'.repeat(10_001)],
  [
    'catastrophic policy patterns',
    () =>
      JSON.stringify({
        rabbit_version: '3.13',
        policies: ['(a+)+$', '^(a|a)*$', '(.*a){30}', '.*.*.*.*.*.*.*.*x', '(a*)*b', '\\1(a)', '(?=a)'].map((pattern, i) => ({
          vhost: '/',
          name: `p${i}`,
          pattern,
          priority: i,
          definition: { 'max-length': 1 },
        })),
        queues: Array.from({ length: 200 }, (_, i) => ({ name: `${'a'.repeat(250)}${i}`, vhost: '/', durable: true, auto_delete: false, arguments: {} })),
      }),
  ],
  [
    'a $ref expansion bomb',
    () => {
      const schemas: Record<string, unknown> = { s0: { type: 'string' } };
      for (let i = 1; i <= 30; i++) schemas[`s${i}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 10 }, (_, j) => [`p${j}`, { $ref: `#/components/schemas/s${i - 1}` }])) };
      return JSON.stringify({
        asyncapi: '3.0.0',
        info: { title: 't', version: '1' },
        servers: { k: { host: 'h', protocol: 'kafka' } },
        channels: { c: { address: 'c', messages: { m: { payload: { $ref: '#/components/schemas/s30' } } } } },
        operations: { o: { action: 'send', channel: { $ref: '#/channels/c' } } },
        components: { schemas },
      });
    },
  ],
  [
    'a $ref cycle',
    () =>
      'asyncapi: 3.0.0\ninfo: {title: x, version: "1"}\nservers: {s: {host: h, protocol: kafka}}\nchannels:\n  c: {$ref: "#/channels/d"}\n  d: {$ref: "#/channels/c"}\n  e: {address: e, messages: {m: {payload: {$ref: "#/components/schemas/a"}}}}\noperations:\n  o: {$ref: "#/operations/o"}\n  p: {action: receive, channel: {$ref: "#/channels/e"}}\ncomponents:\n  schemas:\n    a: {properties: {b: {$ref: "#/components/schemas/a"}}}\n',
  ],
  [
    'huge numbers',
    () => 'meta: { name: t, cluster: c, environment: e, region: r }\nspec:\n  partitions: 1e308\n  replicationFactor: -1\n  retentionMinutes: 99999999999999999999\n  placement: { strategy: any }\n',
  ],
  [
    'many Strimzi documents',
    () => Array.from({ length: 500 }, (_, i) => `apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: { name: t${i} }\nspec: { partitions: 1, replicas: 1 }`).join('\n---\n'),
  ],
  ['binary garbage', () => String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536))],
  ['undefined', () => undefined],
  ['null', () => null],
  ['a number', () => 42],
  ['an object', () => ({ asyncapi: '3.0.0' })],
];

// ---------------------------------------------------------------------------

describe.each(IMPORTERS.map((i) => [i.id, i] as const))('fuzzing the %s importer', (_id, importer) => {
  const seeds = seedsFor(importer);
  const parsedSeeds = seeds.flatMap((text) => {
    try {
      return [parseSeed(text)];
    } catch {
      return [];
    }
  });

  beforeAll(() => prototypesUntouched());
  afterAll(() => prototypesUntouched());

  it('has seeds', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) check(importer, seed);
    // The inline seeds are valid files of the format.
    for (const seed of INLINE_SEEDS[importer.id] ?? []) expect(check(importer, seed).ok).toBe(true);
  });

  it('survives text mutations of its seeds', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(textMutation, { minLength: 1, maxLength: 4 }), (pick, mutations) => {
        check(importer, mutateText(seeds[pick % seeds.length], mutations));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);

  it('survives structural mutations of its seeds', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.record({ pick: fc.nat(), action: fc.constantFrom('replace' as const, 'delete' as const, 'rename' as const), value: replacement }), { minLength: 1, maxLength: 6 }),
        (pick, edits) => {
          check(importer, mutateStructure(parsedSeeds[pick % parsedSeeds.length], edits));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);

  it.each(HOSTILE_INPUTS)('refuses or survives %s', (_name, make) => {
    const input = make();
    const result = check(importer, input);
    if (typeof input === 'string' && input.length >= FIFTY_MB) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0].message).toMatch(/MB; the limit is/);
    }
  });
});

describe('the inline seed sets (lib/importers/<format>.fuzz-seeds.ts)', () => {
  it('each names a real importer, and no importer has two', () => {
    expect(SEED_SETS.length).toBeGreaterThan(0);
    const ids = new Set(IMPORTERS.map((i) => i.id));
    expect(SEED_SETS.filter((set) => !ids.has(set.importer)).map((set) => `${set.file}: ${set.importer}`)).toEqual([]);
    const named = SEED_SETS.map((set) => set.importer);
    expect(named.filter((id, i) => named.indexOf(id) !== i)).toEqual([]);
  });
});

describe('importText', () => {
  it('never throws and always says why it refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.constantFrom(...corpus.slice(0, 20), ...IMPORTERS.flatMap((i) => INLINE_SEEDS[i.id] ?? [])),
        ),
        (text) => {
          const { value: result, ms } = cpuMs(() => importText(text, 'fuzz'));
          expect(ms).toBeLessThan(LIMIT_MS);
          if (!result.ok) expect(result.errors[0].message.length).toBeGreaterThan(10);
          prototypesUntouched();
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);

  it.each(HOSTILE_INPUTS)('handles %s', (_name, make) => {
    const input = make() as string;
    const { value: result, ms } = cpuMs(() => importText(input, 'fuzz'));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(typeof result.ok).toBe('boolean');
    prototypesUntouched();
  });
});
