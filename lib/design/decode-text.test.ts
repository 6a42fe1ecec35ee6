import { describe, expect, it } from 'vitest';
import { decodeText, normaliseText } from './decode-text';

const design = 'queuewright: 1\nname: Zürich orders\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of text.split('').map((c) => c.charCodeAt(0))) bytes.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  return Uint8Array.from(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(design);
    expect(decodeText(plain)).toEqual({ ok: true, text: design, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ ok: true, text: design, encoding: 'utf-8' });
  });

  it.each([
    ['UTF-16LE with a BOM', utf16(design, 'le', true), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(design, 'be', true), 'utf-16be'],
    ['UTF-16LE without a BOM', utf16(design, 'le', false), 'utf-16le'],
    ['UTF-16BE without a BOM', utf16(design, 'be', false), 'utf-16be'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: design, encoding });
  });

  it.each([
    ['UTF-32LE with a BOM', Uint8Array.from([0xff, 0xfe, 0, 0, 0x71, 0, 0, 0]), 'UTF-32'],
    ['UTF-32BE with a BOM', Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x71]), 'UTF-32'],
    ['UTF-32LE without a BOM', Uint8Array.from([...'queuewright'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])), 'UTF-32'],
    ['Latin-1', Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]), 'not valid UTF-8 text (at byte 7)'],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), 'not text'],
    ['UTF-16LE with a BOM and a broken surrogate', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'not valid UTF-16LE'],
  ])('refuses %s and says why', (_, bytes, reason) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(reason);
      expect(result.message).toContain('UTF-8');
    }
  });
});

describe('normaliseText', () => {
  it('drops a BOM and turns CRLF and CR line ends into LF', () => {
    expect(normaliseText('\uFEFFa: 1\r\nb: 2\rc: 3\n')).toBe('a: 1\nb: 2\nc: 3\n');
    expect(normaliseText('a: 1\n')).toBe('a: 1\n');
  });
});
