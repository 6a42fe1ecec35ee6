import { stringify } from 'yaml';
import type { Design } from './design';
import { minimalDesign } from './minimal-design';

// Apart from writeDesignJson so the studio's autosave does not bring the YAML library into the first load.

/** The design as YAML text, defaults left out, as it is written by hand. Strings that YAML would read as something else are quoted by the library. */
export function writeDesignYaml(design: Design): string {
  return stringify(JSON.parse(JSON.stringify(minimalDesign(design))), { lineWidth: 0, aliasDuplicateObjects: false });
}
