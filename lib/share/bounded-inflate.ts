import { Inflate } from 'fflate';

/**
 * Inflates raw DEFLATE data, refusing to produce more than `maxBytes`.
 * Deflate expands up to 1032:1, so a short hostile link could otherwise
 * inflate to gigabytes: the input is fed in small chunks and inflating stops
 * as soon as the output passes the cap.
 */

const CHUNK_BYTES = 1024;

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

class TooLarge extends Error {}

export function boundedInflate(data: Uint8Array, maxBytes: number, dictionary?: Uint8Array): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += CHUNK_BYTES) inflater.push(data.subarray(i, i + CHUNK_BYTES), i + CHUNK_BYTES >= data.length);
  } catch (error) {
    // fflate throws on invalid streams (bad block type, bad distance, unexpected end).
    return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'corrupt' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
