/**
 * Turns the bytes of a file into text the way editors save it: UTF-8 with or
 * without a byte-order mark, and UTF-16 (Windows editors and PowerShell's `>`
 * write UTF-16LE with a BOM; some tools write it without one). What cannot be
 * read is refused with the reason a person can act on ("save it as UTF-8"),
 * never turned into mojibake that then fails as a syntax error far away.
 * Uses only TextDecoder, which Node, browsers and workers all have.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeTextResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string };

/** How many leading bytes the BOM-less UTF-16 and binary checks look at. */
const SNIFF_BYTES = 4096;
const SAVE_AS_UTF8 = 'Save it as UTF-8 and try again.';

function decode(bytes: Uint8Array, encoding: TextEncodingName): DecodeTextResult {
  try {
    // `fatal` so invalid bytes are refused rather than replaced with U+FFFD; `ignoreBOM` so the BOM is ours to handle.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    if (encoding === 'utf-8') {
      return { ok: false, message: `The file is not valid UTF-8 text (at byte ${firstInvalidUtf8(bytes)}): it may be in another encoding such as Latin-1 or Windows-1252. ${SAVE_AS_UTF8}` };
    }
    return { ok: false, message: `The file starts like ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}. ${SAVE_AS_UTF8}` };
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** Counts NUL bytes at even and odd offsets of the first SNIFF_BYTES bytes. */
function nulPattern(bytes: Uint8Array): { even: number; odd: number; pairs: number } {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return { even, odd, pairs: end / 2 };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Decodes a file's bytes: UTF-8 (BOM optional) or UTF-16 (BOM or detected); UTF-32 and binary files are refused with the reason. */
export function decodeText(bytes: Uint8Array): DecodeTextResult {
  // UTF-32's BOMs first: FF FE 00 00 would otherwise read as UTF-16LE.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, message: `The file is UTF-32 text, which is not supported. ${SAVE_AS_UTF8}` };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'utf-16be');
  const { even, odd, pairs } = nulPattern(bytes);
  if (even + odd > 0) {
    // Text of Latin characters in UTF-16 without a BOM: every other byte is NUL. UTF-32 has three in four.
    if (pairs >= 4 && bytes.length % 4 === 0 && odd > pairs * 0.4 && even > pairs * 0.4) {
      return { ok: false, message: `The file looks like UTF-32 text, which is not supported. ${SAVE_AS_UTF8}` };
    }
    if (bytes.length % 2 === 0 && odd > pairs * 0.4 && even === 0) return decode(bytes, 'utf-16le');
    if (bytes.length % 2 === 0 && even > pairs * 0.4 && odd === 0) return decode(bytes, 'utf-16be');
    return { ok: false, message: 'The file is not text (it contains NUL bytes): designs and imports are JSON or YAML, in UTF-8 or UTF-16.' };
  }
  return decode(bytes, 'utf-8');
}

/**
 * Text as people's tools leave it, made ready for the parsers: a leading BOM
 * (kept by readers that decode without stripping it) is dropped, and CRLF and
 * lone CR line ends become LF so line numbers and block scalars read the same
 * on every platform.
 */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
