/** Writes the design file's JSON Schema to public/ so the studio serves it at a stable path. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DESIGN_JSON_SCHEMA_PATH, designJsonSchema } from '../lib/design/json-schema';

const target = join(__dirname, '..', 'public', DESIGN_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(designJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
