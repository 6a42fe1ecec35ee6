import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeFields, fieldAt } from './field-descriptions';
import { describeDesignFields } from './design-field-descriptions';
import { KINDS } from './kinds';
import { connectionSchema } from './connection';

describe('field descriptions kept apart from their schemas', () => {
  const inner = z.object({ acks: z.enum(['0', '1', 'all']).optional() });
  const root = z.object({ kafka: inner.default({}), transforms: z.array(z.object({ type: z.string() })).default([]), name: z.string() });

  it('find a field through optional, default and array wrappers', () => {
    expect(fieldAt(root, 'name')).toBe(root.shape.name);
    expect(fieldAt(root, 'kafka/acks')).toBe(inner.shape.acks);
    expect(fieldAt(root, 'transforms/type')).toBeInstanceOf(z.ZodString);
    expect(fieldAt({ id: z.string() }, 'id')).toBeInstanceOf(z.ZodString);
  });

  it('say which description names no field', () => {
    expect(fieldAt(root, 'kafka/linger')).toBeUndefined();
    expect(fieldAt(root, 'name/first')).toBeUndefined();
    expect(() => describeFields([[root, { 'kafka/linger': 'Wait before a batch' }]], 'field descriptions of producer')).toThrow('field descriptions of producer: no field "kafka/linger" to describe');
  });

  it('come out in the JSON Schema where .meta() put them', () => {
    const described = z.object({ retention: z.number().int().optional() });
    const withMeta = z.object({ retention: z.number().int().optional().meta({ description: 'Seconds kept' }) });
    describeFields([[described, { retention: 'Seconds kept' }]], 'test');
    expect(JSON.stringify(z.toJSONSchema(described, { io: 'input' }))).toBe(JSON.stringify(z.toJSONSchema(withMeta, { io: 'input' })));
  });

  it('all find their fields, and give every kind and connections described fields for the inspector', () => {
    describeDesignFields();
    const describedFields = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).match(/"description":/g)?.length ?? 0;
    for (const kind of KINDS) expect(describedFields(kind.schema), kind.kind).toBeGreaterThan(0);
    expect(describedFields(connectionSchema)).toBeGreaterThan(5);
  });
});
