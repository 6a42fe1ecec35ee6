import { stringify } from 'yaml';
import type { Design } from './design';
import { minimalDesign } from './minimal-design';

/**
 * The design as JSON text: compact (no indentation, defaults left out), for
 * the studio's autosave and saved files, which must stay well inside what the
 * reader accepts (MAX_INPUT_BYTES) and what browser storage holds. Keys keep
 * the schema's order.
 */
export function writeDesignJson(design: Design): string {
  return `${JSON.stringify(minimalDesign(design))}\n`;
}

/** The design as YAML text, defaults left out, as it is written by hand. Strings that YAML would read as something else are quoted by the library. */
export function writeDesignYaml(design: Design): string {
  return stringify(JSON.parse(JSON.stringify(minimalDesign(design))), { lineWidth: 0, aliasDuplicateObjects: false });
}
