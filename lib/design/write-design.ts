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
