import { stringify } from 'yaml';
import type { Design } from './design';

/** The design as JSON text, two-space indented, stable key order (the schema's). */
export function writeDesignJson(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

/** The design as YAML text. Strings that YAML would read as something else are quoted by the library. */
export function writeDesignYaml(design: Design): string {
  return stringify(JSON.parse(JSON.stringify(design)), { lineWidth: 0, aliasDuplicateObjects: false });
}
