import fc from 'fast-check';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hostileKey, hostileString } from '../testing/arbitrary-any-design';
import { readYamlLikeGo, requireGo } from '../testing/go-check';
import { isPlainSafe, toYaml, toYamlDocuments } from './yaml';

/**
 * The exporters' YAML writer against the readers the exports meet: the `yaml`
 * library as YAML 1.1 and 1.2, Go's gopkg.in/yaml.v2 (topicctl) and
 * sigs.k8s.io/yaml (kubectl). Every value must come back exactly.
 */

requireGo('YAML writer tests');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const text = hostileString(60).filter((s) => !LONE_SURROGATE.test(s));
const key = hostileKey(40).filter((s) => !LONE_SURROGATE.test(s));
const leaf = fc.oneof(text, fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.boolean(), fc.constant(null), fc.constantFrom(0.5, 1e21, 2.5e-7, -3.25));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;

describe('toYaml', () => {
  it('quotes what a YAML 1.1 reader would turn into a boolean, number or date', () => {
    // What the yaml library writes for a topic called "on": yaml.v2 reads both sides as true.
    expect(stringify({ on: 'on' })).toBe('on: on\n');
    expect(toYaml({ on: 'on', yes: ['n', 'Off'], '1:20': '012', date: '2001-12-14', ok: 'orders.created-v1' })).toBe(
      ['"on": "on"', '"yes":', '  - "n"', '  - "Off"', '"1:20": "012"', 'date: "2001-12-14"', 'ok: orders.created-v1', ''].join('\n'),
    );
    expect(readYamlLikeGo(toYaml({ on: 'on' }))).toEqual([{ on: 'on' }]);
    expect(isPlainSafe('Y')).toBe(false);
    expect(isPlainSafe('kafka.strimzi.io/v1')).toBe(true);
  });

  it('escapes the line breaks and marks YAML 1.1 does not allow raw in a quoted string', () => {
    const awkward = { 'a\u2028b': 'c\u0085d', bom: '\ufeffx', del: 'x\u007fy', emoji: '🚀' };
    const written = toYaml(awkward);
    expect(written).toContain('"a\\u2028b": "c\\u0085d"');
    expect(written).toContain('emoji: "🚀"');
    expect(readYamlLikeGo(written)).toEqual([awkward]);
  });

  it('writes exponent numbers with a dot, so YAML 1.1 reads a float', () => {
    expect(toYaml({ big: 1e21, small: 2.5e-7 })).toBe('big: 1.0e+21\nsmall: 2.5e-7\n');
  });

  it('writes ordinary words, addresses and sentences bare, and quotes what would not survive', () => {
    expect(toYaml(['dead-letter topic', 'localhost:9092', 'apache/kafka:4.1.1', 'a: b', 'a #b', 'end:', 'two  spaces', 'x '])).toBe(
      ['- dead-letter topic', '- localhost:9092', '- apache/kafka:4.1.1', '- "a: b"', '- "a #b"', '- "end:"', '- "two  spaces"', '- "x "', ''].join('\n'),
    );
    const words = fc.array(fc.constantFrom('a', 'on', 'x:1', ':', '#', ' ', '-', '1', '.', 'b@c', '=', ',', 'Y', '~', '!', '&', '*', '?'), { minLength: 1, maxLength: 6 }).map((w) => w.join(''));
    const samples = fc.sample(words, { numRuns: 400, seed: 3 });
    expect(readYamlLikeGo(toYaml(samples))).toEqual([samples]);
    expect(parse(toYaml(samples), { version: '1.1' })).toEqual(samples);
  });

  it('reads back exactly in YAML 1.1 and 1.2 (the yaml library)', () => {
    fc.assert(
      fc.property(value, (v) => {
        const written = toYaml(v);
        expect(parse(written, { version: '1.1' })).toEqual(v);
        expect(parse(written, { version: '1.2' })).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back exactly with yaml.v2 (topicctl) and sigs.k8s.io/yaml (kubectl)', () => {
    // One file of many documents per reader keeps the Go runs few.
    const samples = fc.sample(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), { numRuns: 200, seed: 17 });
    const written = toYamlDocuments(samples);
    expect(parseAllDocuments(written).map((d) => d.toJS())).toEqual(samples);
    for (const reader of ['yaml-v2', 'k8s-yaml'] as const) {
      const back = readYamlLikeGo(written, reader) as unknown[];
      expect(back.length, reader).toBe(samples.length);
      // Go reads every number as a float64 or int and prints it back through JSON: compare as JSON.
      back.forEach((doc, i) => expect(doc, `${reader}, document ${i}`).toEqual(JSON.parse(JSON.stringify(samples[i]))));
    }
  }, 60_000);
});
