import { brotliCompressSync, constants } from 'node:zlib';
import LZString from 'lz-string';
import { decodeShareFragment, shareUrl } from '../lib/share';
import { writeDesignJson } from '../lib/design';
import { generateDesign } from './generate-design';
import { realisticDesign } from './realistic-design';

/** A plausible production origin: the link length users see includes it. */
const ORIGIN = 'https://queuewright.app';

/** Length of the whole share link (origin, `/#v1.` and payload) of a generated design with realistic names. */
export function shareLinkChars(nodeCount: number): number {
  return shareUrl(ORIGIN, generateDesign(nodeCount)).length;
}

/**
 * Our link's payload length divided by lz-string's `compressToEncodedURIComponent`
 * of the plain design JSON (what the TypeScript playground and Babel REPL
 * links do), on the 100-node design.
 */
export function shareRatioVsLzString(nodeCount = 100): number {
  const design = generateDesign(nodeCount);
  const ours = shareUrl(ORIGIN, design).length - `${ORIGIN}/#`.length;
  const theirs = LZString.compressToEncodedURIComponent(JSON.stringify(design)).length;
  return Math.round((ours / theirs) * 1000) / 1000;
}

/** Median time to encode a design into a link and read it back (decoding validates the design), after warm-up. */
export function shareEncodeDecodeMedianMs(nodeCount: number, runs = 101): number {
  const design = generateDesign(nodeCount);
  const times: number[] = [];
  for (let i = 0; i < runs + 30; i++) {
    const start = performance.now();
    const url = shareUrl(ORIGIN, design);
    const result = decodeShareFragment(url.slice(url.indexOf('#')));
    if (i >= 30) times.push(performance.now() - start);
    if (!result.ok) throw new Error(`share link did not decode: ${result.message}`);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}

/** Length of the whole share link of a 100-node design made of the review corpus's expert designs. */
export function shareLinkCharsRealistic(nodeCount: number): number {
  return shareUrl(ORIGIN, realisticDesign(nodeCount)).length;
}

/**
 * Our payload length divided by lz-string's of the same input: the compact
 * design file the link encodes (defaults left out), not the in-memory design
 * with every default filled in, which flattered us (0.059 against 0.38).
 */
export function shareRatioVsLzStringSameInput(nodeCount = 100): number {
  const design = realisticDesign(nodeCount);
  const ours = shareUrl(ORIGIN, design).length - `${ORIGIN}/#`.length;
  const theirs = LZString.compressToEncodedURIComponent(writeDesignJson(design)).length;
  return Math.round((ours / theirs) * 1000) / 1000;
}

/**
 * How short any link to the realistic design could be while it carries the
 * user's own words: the design's name and its nodes' names and notes alone,
 * brotli-compressed at its strongest (a better compressor than the link's
 * DEFLATE), in base64url after the origin and `/#v3.`. Not one setting,
 * connection or position is in it, so it is a floor, not an estimate: a link
 * goal below it can only be met by dropping what the user wrote.
 */
export function shareLinkTextFloorChars(nodeCount: number): number {
  const design = realisticDesign(nodeCount);
  const words = [design.name, design.notes, ...design.nodes.flatMap((n) => [n.name, n.notes])].filter((w) => w !== undefined && w !== '');
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT };
  const bytes = brotliCompressSync(Buffer.from(JSON.stringify(words)), { params }).length;
  return `${ORIGIN}/#v3.`.length + Math.ceil((bytes * 4) / 3);
}
