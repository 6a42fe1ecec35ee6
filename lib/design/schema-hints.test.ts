import { describe, expect, it } from 'vitest';
import { designJsonSchema } from './json-schema';
import { completionsAt, hoverAt, schemaAt, type JsonSchema } from './schema-hints';
import { indexYamlText } from './yaml-text-index';

const SCHEMA = designJsonSchema() as JsonSchema;

/** Completions with the cursor where `|` is. */
const complete = (withCursor: string) => {
  const offset = withCursor.indexOf('|');
  const text = withCursor.replace('|', '');
  return { result: completionsAt(SCHEMA, text, offset, indexYamlText(text)), offset };
};
const labels = (withCursor: string) => complete(withCursor).result?.options.map((o) => o.label) ?? [];

const TOPIC = 'queuewright: 2\nnodes:\n  - kind: kafka-topic\n    id: t\n    name: t\n';

describe('schemaAt', () => {
  it('chooses the node kind by its kind value', () => {
    const index = indexYamlText(TOPIC);
    expect(schemaAt(SCHEMA, ['nodes', 0, 'partitions'], index.valueAt)?.type).toBe('integer');
    expect(schemaAt(SCHEMA, ['nodes', 0, 'publishRate'], index.valueAt)).toBeUndefined();
  });
});

describe('completionsAt', () => {
  it('offers the keys a node of its kind may have and does not have yet', () => {
    const found = labels(`${TOPIC}    part|`);
    expect(found).toContain('partitions');
    expect(found).toContain('replicationFactor');
    expect(found).not.toContain('name');
    expect(found).not.toContain('publishRate');
    const { result, offset } = complete(`${TOPIC}    part|`);
    expect(result?.from).toBe(offset - 4);
    expect(result?.options.find((o) => o.label === 'partitions')?.apply).toBe('partitions: ');
  });

  it('offers the top-level keys at column 0', () => {
    expect(labels('queuewright: 2\n|')).toEqual(expect.arrayContaining(['name', 'nodes', 'connections', 'requirements']));
    expect(labels('queuewright: 2\n|')).not.toContain('queuewright');
  });

  it('offers keys of a nested mapping under its key', () => {
    expect(labels('queuewright: 2\nrequirements:\n  |')).toEqual(expect.arrayContaining(['throughput', 'ordering', 'delivery']));
  });

  it('offers kind first on a new list item, then its values', () => {
    expect(labels(`${TOPIC}  - |`)).toEqual(['kind']);
    expect(labels(`${TOPIC}  - kind: kaf|`)).toEqual(expect.arrayContaining(['kafka-topic', 'producer']));
  });

  it('offers the values an enum allows', () => {
    expect(labels('queuewright: 2\nrequirements:\n  ordering: |')).toEqual(['none', 'per-key', 'strict']);
  });

  it('offers nothing inside a free text value', () => {
    expect(complete('queuewright: 2\nname: Ord|').result).toBeUndefined();
  });
});

describe('hoverAt', () => {
  it('documents the key under the cursor with its type, default and range', () => {
    const text = 'queuewright: 2\nrequirements:\n  throughput: 5\n';
    const hover = hoverAt(SCHEMA, text.indexOf('throughput') + 3, indexYamlText(text));
    expect(hover).toMatchObject({ from: text.indexOf('throughput'), title: 'throughput: number' });
    expect(hover?.text).toContain('Sustained messages per second');
    expect(hover?.text).toContain('Default: 1000');
  });

  it('says nothing over a value', () => {
    const text = 'queuewright: 2\nrequirements:\n  throughput: 5\n';
    expect(hoverAt(SCHEMA, text.indexOf('5'), indexYamlText(text))).toBeUndefined();
  });
});
