import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate-design';
import { emptyDesign, type Design } from '../design';
import { makeDesign } from '../design/build-design';
import { reviewDesign } from '../rules';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { toBase64Url } from './base64url';
import { crc32 } from './checksum';
import { deepEqual } from '../design/deep-equal';
import { SHARE_DICTIONARY_V1 } from './dictionary';
import { decodeShareFragment, encodeShareFragment, isShareFragment, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES } from './share-link';

/** The design as the file format sees it: layout entries for nodes that do not exist are not part of it. */
function normalised(design: Design): unknown {
  const ids = new Set(design.nodes.map((n) => n.id));
  const layout = design.layout ? Object.fromEntries(Object.entries(design.layout).filter(([id]) => ids.has(id))) : undefined;
  const plain = JSON.parse(JSON.stringify({ ...design, layout: layout && Object.keys(layout).length > 0 ? layout : undefined }));
  return plain;
}

function roundTrip(design: Design): Design {
  const result = decodeShareFragment(encodeShareFragment(design));
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result.errors ?? [])}`);
  return result.design;
}

/** A link whose body is `json` deflated as the encoder does, with a correct header. */
function linkOf(body: Uint8Array): string {
  const header = [(body.length & 0x7f) | (body.length >= 128 ? 0x80 : 0), ...(body.length >= 128 ? [body.length >> 7] : [])];
  const crc = crc32(body);
  const bytes = new Uint8Array([...header, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff, ...body]);
  return `v1.${toBase64Url(bytes)}`;
}

describe('share link round trip', () => {
  it('carries a generated 100-node design with its layout exactly', () => {
    const design = generateDesign(100);
    const back = roundTrip(design);
    expect(deepEqual(normalised(back), normalised(design))).toBe(true);
    const [a, b] = [reviewDesign(back), reviewDesign(design)];
    expect([a.score.overall, a.score.categories]).toEqual([b.score.overall, b.score.categories]);
    expect(a.findings.map((f) => f.message)).toEqual(b.findings.map((f) => f.message));
  });

  it('carries an empty design', () => {
    expect(roundTrip(emptyDesign())).toEqual(emptyDesign());
  });

  it('keeps ids that are not derived from names, connection kinds that are not the default, and nodes outside clusters', () => {
    const design = makeDesign({
      name: 'Odd ids',
      clusters: [
        { id: 'k2', name: 'Kafka two', broker: 'kafka', environment: 'staging' },
        { id: 'kafka', name: 'Kafka', broker: 'kafka' },
      ],
      nodes: [
        { kind: 'producer', id: 'p-1', name: 'Producer' },
        { kind: 'kafka-topic', id: 'orders', name: 'Orders topic', cluster: 'kafka' },
        { kind: 'kafka-topic', id: 'orders-2', name: 'orders' },
        { kind: 'rabbitmq-exchange', id: 'ex', name: 'ex' },
        { kind: 'rabbitmq-exchange', id: 'ex-2', name: 'ex', type: 'fanout' },
        { kind: 'consumer-group', id: 'c', name: 'c', kafka: { 'isolation.level': 'read_committed' } },
      ],
      connections: [
        { from: 'p-1', to: 'orders' },
        { from: 'p-1', to: 'orders-2', id: 'custom' },
        { from: 'orders', to: 'c' },
        { from: 'ex', to: 'ex-2', kind: 'alternate' },
        { from: 'ex', to: 'ex-2', kind: 'bind', routingKey: 'a.#' },
      ],
      layout: { 'p-1': { x: 0.5, y: -12 }, c: { x: 1e6, y: 3 } },
    });
    expect(normalised(roundTrip(design))).toEqual(normalised(design));
  });

  it('carries any valid design, hostile names included', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        expect(deepEqual(normalised(roundTrip(design)), normalised(design))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a 100-node design with realistic names under 2,000 characters', () => {
    expect(encodeShareFragment(generateDesign(100)).length).toBeLessThan(2000);
  });

  it('keeps a CloudEvents envelope, and leaves it out where the design has none', () => {
    const envelope = { standard: 'cloudevents', mode: 'binary', specversion: '1.0', type: 'com.example.order.placed', source: '/orders', subject: 'orders/{id}' } as const;
    const design = makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { format: 'json', registry: false, envelope } },
        { kind: 'sqs-queue', id: 'q', name: 'q' },
      ],
    });
    const back = roundTrip(design);
    expect(back.nodes[0]).toMatchObject({ messageSchema: { envelope } });
    expect(JSON.stringify(back.nodes[1])).not.toContain('envelope');
  });

  it('writes the same link for the same design', () => {
    expect(encodeShareFragment(generateDesign(30))).toBe(encodeShareFragment(generateDesign(30)));
  });
});

describe('share link errors', () => {
  const good = encodeShareFragment(generateDesign(20));

  it('recognises share fragments by their version prefix', () => {
    expect(isShareFragment(`#${good}`)).toBe(true);
    expect(isShareFragment('#v2.abc')).toBe(true);
    expect(isShareFragment('#section-2')).toBe(false);
  });

  it('says what is wrong, by code', () => {
    expect(decodeShareFragment('#hello')).toMatchObject({ ok: false, code: 'not-a-link' });
    expect(decodeShareFragment(`v4.${good.slice(3)}`)).toMatchObject({ ok: false, code: 'unknown-version', message: expect.stringContaining('newer version') });
    expect(decodeShareFragment(`v0.${good.slice(3)}`)).toMatchObject({ ok: false, code: 'unknown-version' });
    expect(decodeShareFragment(good.slice(0, good.length - 40))).toMatchObject({ ok: false, code: 'truncated', message: expect.stringContaining('cut off') });
    // Cut anywhere, even mid-character (a length no encoder produces), it says the link is cut off.
    for (let cut = 1; cut <= 8; cut++) expect(decodeShareFragment(good.slice(0, good.length - 30 - cut)), `cut ${cut}`).toMatchObject({ ok: false, code: 'truncated' });
    expect(decodeShareFragment('v1.')).toMatchObject({ ok: false, code: 'truncated' });
    expect(decodeShareFragment(`${good}AAAA`)).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(`${good.slice(0, 3)}%%${good.slice(5)}`)).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(`v1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('notices any single changed character', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // Every seventh character, and the last one, whose spare bits a lax base64 reader would drop.
    for (const i of [...Array.from({ length: Math.ceil((good.length - 3) / 7) }, (_, k) => 3 + 7 * k), good.length - 1]) {
      const replacement = alphabet[(alphabet.indexOf(good[i]) + 1) % 64];
      const result = decodeShareFragment(good.slice(0, i) + replacement + good.slice(i + 1));
      expect(result.ok, `position ${i}`).toBe(false);
    }
  });

  it('refuses a deflate bomb without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES + 1024).fill(32), { level: 9, dictionary: SHARE_DICTIONARY_V1 });
    expect(decodeShareFragment(linkOf(bomb))).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses well-packed contents that are not a design', () => {
    const pack = (text: string) => linkOf(deflateSync(new TextEncoder().encode(text), { level: 9, dictionary: SHARE_DICTIONARY_V1 }));
    expect(decodeShareFragment(pack('not json'))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(pack('[1,2]'))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(pack('{"N":[[0]]}'))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(pack('{"N":[[0,"a"]],"E":[[0,5]]}'))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(pack('{"N":[[0,"a"]],"L":[1,1,0]}'))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(pack(`${'['.repeat(100_000)}`))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(decodeShareFragment(pack('{"N":[[1,"t",{"partitions":-4}]]}'))).toMatchObject({ ok: false, code: 'invalid-design', errors: [expect.objectContaining({ code: 'QW007' })] });
    expect(decodeShareFragment(pack('{"N":[[0,"a",{"__proto__":{"x":1}}]]}'))).toMatchObject({ ok: false, code: 'invalid-design', errors: [expect.objectContaining({ code: 'QW004' })] });
    expect(decodeShareFragment(pack('{"N":[[99,"a"]]}'))).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('reads ten thousand nodes of the same name in linear time (ids numbered as the studio numbers them)', () => {
    const pack = (text: string) => linkOf(deflateSync(new TextEncoder().encode(text), { level: 9, dictionary: SHARE_DICTIONARY_V1 }));
    const nodes = Array.from({ length: 10_000 }, () => [0, 'a']);
    const result = decodeShareFragment(pack(JSON.stringify({ N: nodes })));
    expect(result.ok && result.design.nodes.at(-1)?.id).toBe('a-10000');
  });
});

describe('share link carries the simulation run', () => {
  it('so a colleague who opens it replays the same scenarios, seed and duration', () => {
    const design: Design = { ...generateDesign(20), simulation: { scenario: 'crash:5m,spike:3', seed: 987654321, duration: '15m' } };
    expect(roundTrip(design).simulation).toEqual(design.simulation);
  });

  it('a design without a run opens without one', () => {
    expect(roundTrip(generateDesign(5)).simulation).toBeUndefined();
  });

  it('a link whose run is malformed is refused, naming the field', () => {
    const body = deflateSync(new TextEncoder().encode(JSON.stringify({ s: { seed: 'soon' } })), { dictionary: SHARE_DICTIONARY_V1 });
    const result = decodeShareFragment(linkOf(body).replace(/^v1\./, 'v2.'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result)).toContain('simulation.seed');
  });
});
