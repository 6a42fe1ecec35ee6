import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from './check-data';
import { largeDesign } from '../testing/large-design';
import { designFromData } from './design-from-data';
import { readDesign } from './read-design';
import { writeDesignJson } from './write-design';
import { writeDesignYaml } from './write-design-yaml';

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
