import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate-design';
import { realisticDesign } from '../../bench/realistic-design';
import { deepEqual } from '../design/deep-equal';
import { TEMPLATES } from '../families/templates';
import { templateDesign } from '../templates';
import { fromBase64Url, toBase64Url } from './base64url';
import { crc32 } from './checksum';
import { SHARE_DICTIONARY_V3 } from './dictionary-v3';
import { decodeShareFragment, encodeShareFragment } from './share-link';

/** A v3 link whose body is `json` deflated as the encoder does, with a correct header. */
function v3Link(json: unknown): string {
  const body = deflateSync(new TextEncoder().encode(JSON.stringify(json)), { level: 9, dictionary: SHARE_DICTIONARY_V3 });
  const length = body.length < 128 ? [body.length] : [(body.length & 0x7f) | 0x80, body.length >> 7];
  const crc = crc32(body);
  return `v3.${toBase64Url(new Uint8Array([...length, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff, ...body]))}`;
}

/** The JSON a v3 link carries (the body starts after the length and the checksum). */
function carried(link: string): Record<string, unknown> {
  const bytes = fromBase64Url(link.slice(3));
  if (!bytes) throw new Error('not base64url');
  const headerLength = (bytes[0] & 0x80 ? 2 : 1) + 4;
  return JSON.parse(new TextDecoder().decode(inflateSync(bytes.subarray(headerLength), { dictionary: SHARE_DICTIONARY_V3 })));
}

const SAVED_V2: Array<{ name: string; link: string }> = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'saved-by-v2.json'), 'utf8'));

describe('v3 share links', () => {
  it('compress against the frozen dictionary made of the templates', () => {
    // Every v3 link ever shared depends on these exact bytes: a new dictionary needs a new link version.
    expect(SHARE_DICTIONARY_V3.length).toBeLessThanOrEqual(32_768);
    expect(crc32(SHARE_DICTIONARY_V3).toString(16)).toBe('f9fbfa54');
  });

  it('carry every position, so a link opens the same picture whatever the layout of the version that opens it', () => {
    const design = templateDesign(TEMPLATES[0]);
    const first = design.nodes[0].id;
    const moved = { ...design, layout: { ...design.layout, [first]: { x: 13, y: 7 } } };
    for (const shared of [design, moved]) {
      const link = encodeShareFragment(shared);
      expect(carried(link).L).toBeDefined();
      const back = decodeShareFragment(link);
      expect(back.ok && deepEqual(back.design.layout, shared.layout)).toBe(true);
    }
  });

  it('are shorter than the v2 link of the same design, for every saved v2 link', () => {
    for (const saved of SAVED_V2) {
      const design = decodeShareFragment(saved.link);
      if (!design.ok) throw new Error(design.message);
      expect(encodeShareFragment(design.design).length, saved.name).toBeLessThanOrEqual(saved.link.length);
    }
  });

  it('carry the realistic 100-node design in fewer characters than v2 did (6,434)', () => {
    expect(encodeShareFragment(realisticDesign(100)).length).toBeLessThan(5600);
    expect(encodeShareFragment(generateDesign(100)).length).toBeLessThan(1400);
  });
});

describe('v3 share links that no encoder writes', () => {
  const damaged = (json: unknown) => decodeShareFragment(v3Link(json));

  it('say which column does not line up', () => {
    expect(damaged({ K: [0, 0] })).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('node columns do not line up') });
    expect(damaged({ K: [0, 0], M: ['a', 'b'], I: ['x'] })).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('node columns') });
    expect(damaged({ K: [0, 1], M: ['a', 'b'], E: [0] })).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('not in pairs') });
    expect(damaged({ K: [0, 1], M: ['a', 'b'], E: [0, 1], G: [0, 0] })).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('connection columns') });
    expect(damaged({ J: ['x'] })).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('connection columns') });
    expect(damaged({ K: [0], M: ['a'], F: [null] })).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('node entry is malformed') });
  });

  it('open ids, settings and connections given in columns', () => {
    const result = damaged({ K: [0, 1], M: ['Web', 'orders'], I: ['web', 0], F: [0, { partitions: 3 }], E: [0, 1], J: ['w'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.nodes.map((n) => n.id)).toEqual(['web', 'orders']);
    expect(result.design.nodes[1]).toMatchObject({ partitions: 3 });
    expect(result.design.connections).toEqual([expect.objectContaining({ id: 'w', from: 'web', to: 'orders', kind: 'publish' })]);
  });
});
