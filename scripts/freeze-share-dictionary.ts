/**
 * Writes lib/share/dictionary-v3.ts: the preset DEFLATE dictionary of v3
 * share links, made of the templates (lib/templates) in the form a v3 link
 * carries them (compact, in columns), so that a link can refer back to the
 * field names, values and name parts the templates use from its first byte.
 *
 * Run once, when a link version is introduced: every link of that version is
 * compressed against exactly these bytes, so the file is frozen afterwards
 * (a changed dictionary needs a new link version). It is built from the
 * templates, not from the bench's designs, so the bench measures links of
 * designs the dictionary has never seen.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toColumns } from '../lib/share/columns';
import { compactDesign } from '../lib/share/compact';
import { TEMPLATES } from '../lib/families/templates';
import { templateDesign } from '../lib/templates';

/** DEFLATE refers back at most 32 KiB: a longer dictionary's start could never be used. */
const WINDOW_BYTES = 32_768;

function linkForm(template: (typeof TEMPLATES)[number]): string {
  return JSON.stringify(toColumns(compactDesign(templateDesign(template))));
}

// Deflate's references are cheapest to the dictionary's end: the gallery's first templates go last.
let text = TEMPLATES.map(linkForm).reverse().join('');
const encoder = new TextEncoder();
// Each character is at least one byte: cutting as many characters as there are bytes too many never cuts too little.
for (let excess = encoder.encode(text).length - WINDOW_BYTES; excess > 0; excess = encoder.encode(text).length - WINDOW_BYTES) text = text.slice(excess);
const target = join(__dirname, '..', 'lib', 'share', 'dictionary-v3.ts');
writeFileSync(
  target,
  `/**
 * The preset DEFLATE dictionary of v3 share links: the templates in the form
 * a v3 link carries them (the last ${WINDOW_BYTES.toLocaleString('en')} bytes), written by
 * scripts/freeze-share-dictionary.ts. Frozen: every v3 link ever shared was
 * compressed against exactly these bytes (a new dictionary needs a new link
 * version; share-link.test.ts pins its checksum).
 */
const TEXT = ${JSON.stringify(text)};

/** The dictionary bytes (UTF-8). */
export const SHARE_DICTIONARY_V3: Uint8Array = new TextEncoder().encode(TEXT);
`,
);
console.log(`wrote ${target}: ${encoder.encode(text).length} bytes (format it: npx prettier --write lib/share/dictionary-v3.ts)`);
