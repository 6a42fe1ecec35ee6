import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from './check-data';
import { largeDesign } from '../testing/large-design';
import { designFromData } from './design-from-data';
import { readDesign } from './read-design';
import { writeDesignJson } from './write-design';
import { writeDesignYaml } from './write-design-yaml';
import { deepEqual } from './deep-equal';
import { kindDefinition } from './kinds';
import { makeDesign } from './build-design';
import { TEMPLATES } from '../families';
import { templateDesign } from '../templates';

/**
 * What the studio writes (autosave, Save, YAML) it can always read back: the
 * largest design the schema allows (10,000 nodes), with names and settings
 * like real ones, is written compactly enough for the reader's size limit.
 */

describe('writing designs', () => {
  it('writes the largest design compactly, and reads back exactly what it wrote', () => {
    const design = largeDesign();
    expect(design.nodes).toHaveLength(10_000);
    for (const text of [writeDesignJson(design), writeDesignYaml(design)]) {
      expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
      const read = readDesign(text);
      if (!read.ok) throw new Error(read.errors[0].message);
      expect(read.design).toEqual(design);
    }
  }, 300_000);

  it('leaves out what the schema fills in, and indentation', () => {
    const design = designFromData({ queuewright: 1, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 12 }] });
    if (!design.ok) throw new Error('fixture');
    expect(writeDesignJson(design.design)).toBe('{"queuewright":2,"nodes":[{"kind":"kafka-topic","id":"orders","name":"orders","partitions":12}]}\n');
  });
});

describe('a design file keeps only what differs from the defaults', () => {
  /** The value a node of `kind` gets for each field when the file says nothing about it. */
  const defaultsOf = (node: Record<string, unknown>): Record<string, unknown> => {
    const schema = kindDefinition(String(node.kind))!.schema;
    const bare = { kind: node.kind, id: 'x', name: 'x' };
    const parsed = schema.safeParse(bare);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    // Fields a kind requires (a connector's class) have no default to repeat: they come from the node, and are not compared.
    const required = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    const defaults = schema.parse({ ...bare, ...Object.fromEntries(required.map((key) => [key, node[key]])) }) as Record<string, unknown>;
    for (const key of required) delete defaults[key];
    return defaults;
  };

  /** Fields of a written node (one level into settings groups) that only repeat what the schema would fill in. */
  function repeatedDefaults(node: Record<string, unknown>): string[] {
    const defaults = defaultsOf(node);
    const repeated: string[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (['kind', 'id', 'name'].includes(key)) continue;
      if (deepEqual(value, defaults[key])) repeated.push(key);
      else if (isRecord(value) && isRecord(defaults[key])) {
        for (const [inner, v] of Object.entries(value)) if (deepEqual(v, (defaults[key] as Record<string, unknown>)[inner])) repeated.push(`${key}.${inner}`);
      }
    }
    return repeated;
  }

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('writes no default of the %s template', (_id, template) => {
    const design = templateDesign(template);
    const written = JSON.parse(writeDesignJson(design)) as { nodes: Record<string, unknown>[] };
    expect(written.nodes.flatMap((n) => repeatedDefaults(n).map((f) => `${String(n.id)}.${f}`))).toEqual([]);
    // And the file is still the whole design.
    const read = readDesign(writeDesignJson(design));
    if (!read.ok) throw new Error(read.errors[0].message);
    expect(read.design).toEqual(design);
  });

  it('writes eleven Kafka nodes drawn in the studio in under 3 kB, less than half of writing every default', () => {
    const services = ['orders', 'payments', 'stock', 'billing', 'shipping'];
    const design = makeDesign({
      nodes: [{ kind: 'producer', id: 'checkout' }, ...services.map((s) => ({ kind: 'kafka-topic', id: `${s}.events` })), ...services.map((s) => ({ kind: 'consumer-group', id: `${s}-service` }))],
      connections: [...services.map((s) => ({ from: 'checkout', to: `${s}.events` })), ...services.map((s) => ({ from: `${s}.events`, to: `${s}-service` }))],
    });
    expect(design.nodes).toHaveLength(11);
    const minimal = Buffer.byteLength(writeDesignJson(design));
    const everything = Buffer.byteLength(JSON.stringify(design));
    expect(minimal).toBeLessThan(3000);
    expect(minimal * 2).toBeLessThan(everything);
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
