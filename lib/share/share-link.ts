import { deflateSync } from 'fflate';
import { designFromData, type Design, type DesignError } from '../design';
import { fromBase64Url, toBase64Url } from './base64url';
import { boundedInflate } from './bounded-inflate';
import { crc32 } from './checksum';
import { fromColumns, toColumns } from './columns';
import { compactDesign } from './compact';
import { SHARE_DICTIONARY_V1 } from './dictionary';
import { SHARE_DICTIONARY_V3 } from './dictionary-v3';
import { expandDesign } from './expand';

/**
 * The share link codec. A design travels in the URL fragment (never sent to
 * a server) as `v3.<base64url>`, where the bytes are
 *
 *   varint(body length) · CRC-32 of the body (4 bytes, big-endian) · body
 *
 * and the body is the compact design (compact.ts) in columns (columns.ts)
 * as JSON, raw-DEFLATEd against a preset dictionary made of the templates
 * (dictionary-v3.ts). The length tells a cut-off link from a damaged one; the checksum catches any changed character before
 * anything is inflated. Decoding never throws: every failure is a coded
 * result the studio can explain.
 *
 * Older links keep their own decoding: `v2.` links hold the compact design
 * as entries (not columns) against the v1 dictionary (dictionary.ts), with
 * every position; `v1.` links read like v2 links, and their designs get back
 * the format-1 defaults the link left out.
 */

export const SHARE_VERSION = 3;
const READABLE_VERSIONS = [1, 2, 3] as const;
type LinkVersion = (typeof READABLE_VERSIONS)[number];
export const SHARE_PREFIX = `v${SHARE_VERSION}.`;
/** Longest fragment read at all: Firefox's whole-URL limit. Nothing longer can have come from a real link. */
export const MAX_FRAGMENT_CHARS = 1_048_576;
/** Cap on the inflated JSON, against deflate bombs (deflate expands up to 1032:1). */
export const MAX_INFLATED_BYTES = 4 * 1_048_576;

export type ShareErrorCode = 'not-a-link' | 'unknown-version' | 'too-large' | 'truncated' | 'corrupt' | 'invalid-design';

export type ShareDecodeResult = { ok: true; design: Design } | { ok: false; code: ShareErrorCode; message: string; errors?: DesignError[] };

/** The fragment (without `#`) that carries `design`. */
export function encodeShareFragment(design: Design): string {
  const json = JSON.stringify(toColumns(compactDesign(design)));
  const body = deflateSync(new TextEncoder().encode(json), { level: 9, dictionary: SHARE_DICTIONARY_V3 });
  const header = [...varint(body.length), ...uint32(crc32(body))];
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header);
  bytes.set(body, header.length);
  return SHARE_PREFIX + toBase64Url(bytes);
}

export { isShareFragment } from './is-share-fragment';

/** Reads a share fragment (with or without the leading `#`). */
export function decodeShareFragment(fragment: string): ShareDecodeResult {
  if (typeof fragment !== 'string') return fail('not-a-link', 'There is no design in this link.');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const version = /^v(\d{1,6})\./.exec(text);
  if (!version) return fail('not-a-link', 'There is no design in this link.');
  const linkVersion = READABLE_VERSIONS.find((v) => v === Number(version[1]));
  if (linkVersion === undefined) {
    return Number(version[1]) > SHARE_VERSION
      ? fail('unknown-version', `This link was made by a newer version of Queuewright (link format v${Number(version[1])}); this one reads up to v${SHARE_VERSION}.`)
      : fail('unknown-version', `This link has an unknown format (v${version[1]}).`);
  }
  if (text.length > MAX_FRAGMENT_CHARS) {
    return fail('too-large', `This link is ${text.length.toLocaleString('en')} characters long; the most a link can carry is ${MAX_FRAGMENT_CHARS.toLocaleString('en')}.`);
  }
  // A link cut off mid-character has a length no encoder produces: read what arrived whole, and the
  // length header then tells how much is missing.
  const encoded = text.slice(version[0].length);
  const bytes = fromBase64Url(encoded.length % 4 === 1 ? encoded.slice(0, -1) : encoded);
  if (!bytes) return fail('corrupt', 'This link is damaged: it contains characters a share link never has. Was it changed after it was copied?');
  const header = readVarint(bytes);
  if (!header || header.next + 4 > bytes.length) return fail('truncated', 'This link is cut off: only the start of it arrived. Ask for the whole link, or for the design file.');
  const declared = header.value;
  const body = bytes.subarray(header.next + 4);
  if (body.length < declared) {
    return fail('truncated', `This link is cut off: ${percent(body.length, declared)} of it arrived. Ask for the whole link, or for the design file.`);
  }
  if (body.length > declared) return fail('corrupt', 'This link is damaged: it is longer than it says it is.');
  // The last character's spare bits carry nothing, so only the encoder's own spelling of these bytes is whole.
  if (toBase64Url(bytes) !== encoded) return fail('corrupt', 'This link is damaged: some characters changed after it was copied.');
  const checksum = ((bytes[header.next] << 24) | (bytes[header.next + 1] << 16) | (bytes[header.next + 2] << 8) | bytes[header.next + 3]) >>> 0;
  if (checksum !== crc32(body)) return fail('corrupt', 'This link is damaged: some characters changed after it was copied.');
  const inflated = boundedInflate(body, MAX_INFLATED_BYTES, linkVersion === 3 ? SHARE_DICTIONARY_V3 : SHARE_DICTIONARY_V1);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? fail('too-large', `This link unpacks to more than ${MAX_INFLATED_BYTES / 1_048_576} MB, more than any design needs.`)
      : fail('corrupt', 'This link is damaged: its contents cannot be unpacked.');
  }
  let compact: unknown;
  try {
    compact = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    // Invalid UTF-8, invalid JSON, or JSON nested deeper than the parser's stack.
    return fail('corrupt', 'This link is damaged: its contents are not a design.');
  }
  return designOf(compact, linkVersion);
}

/** The design a link's unpacked JSON holds: v3 links in columns, v1 and v2 links as entries. */
function designOf(json: unknown, linkVersion: LinkVersion): ShareDecodeResult {
  const columns = linkVersion === 3 ? fromColumns(json) : { ok: true as const, compact: json };
  if (!columns.ok) return fail('corrupt', `This link is damaged: ${columns.message}.`);
  const expanded = expandDesign(columns.compact, linkVersion === 1 ? 1 : 2);
  if (!expanded.ok) return fail('corrupt', `This link is damaged: ${expanded.message}.`);
  const result = designFromData(expanded.data);
  if (!result.ok) return { ok: false, code: 'invalid-design', message: 'The design in this link is not valid.', errors: result.errors };
  return { ok: true, design: result.design };
}

function fail(code: ShareErrorCode, message: string): ShareDecodeResult {
  return { ok: false, code, message };
}

function percent(part: number, whole: number): string {
  return `${Math.max(0, Math.min(99, Math.floor((part / whole) * 100)))}%`;
}

/** Unsigned LEB128. */
function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** Reads an unsigned LEB128 of at most 4 bytes (bodies are under 2^28 bytes). */
function readVarint(bytes: Uint8Array): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 4 && i < bytes.length; i++) {
    value += (bytes[i] & 0x7f) * 2 ** (7 * i);
    if ((bytes[i] & 0x80) === 0) return { value, next: i + 1 };
  }
  return undefined;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}
