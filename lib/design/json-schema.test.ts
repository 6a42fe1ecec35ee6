import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { writeDesignJson } from './write-design';
import { DESIGN_JSON_SCHEMA_PATH, designJsonSchema } from './json-schema';
import { makeDesign } from './build-design';

describe('design JSON Schema', () => {
  it('is committed in public/ exactly as generated (run `npm run schema` after changing the zod schema)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../public', DESIGN_JSON_SCHEMA_PATH), 'utf8'));
    expect(committed).toEqual(designJsonSchema());
  });

  it('accepts written designs and hand-written ones with defaults omitted, and rejects mistakes', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(designJsonSchema());
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [{ from: 'api', to: 'orders' }],
    });
    expect(validate(JSON.parse(writeDesignJson(design))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ queuewright: 1, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 12 }] })).toBe(true);
    expect(validate({ queuewright: 1, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 'twelve' }] })).toBe(false);
    expect(validate({ queuewright: 1, nodes: [{ kind: 'teapot', id: 'x', name: 'x' }] })).toBe(false);
  });
});
