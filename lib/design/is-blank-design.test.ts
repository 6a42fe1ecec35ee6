import { describe, expect, it } from 'vitest';
import { designFromData } from './design-from-data';
import { emptyDesign } from './design';
import { isBlankDesign } from './is-blank-design';

const read = (data: Record<string, unknown>) => {
  const result = designFromData({ queuewright: 1, ...data });
  if (!result.ok) throw new Error(result.errors[0].message);
  return result.design;
};

describe('isBlankDesign', () => {
  it('a new design is blank, wherever the canvas was', () => {
    expect(isBlankDesign(emptyDesign())).toBe(true);
    expect(isBlankDesign(read({ layout: {} }))).toBe(true);
  });

  it.each([
    ['notes', { notes: 'Ask the payments team about retries' }],
    ['a name', { name: 'Checkout' }],
    ['requirements', { requirements: { delivery: 'exactly-once' } }],
    ['a cluster', { clusters: [{ id: 'prod', name: 'prod', broker: 'kafka' }] }],
    ['a node', { nodes: [{ kind: 'producer', id: 'p', name: 'p' }] }],
  ])('a design with %s is work', (_, data) => {
    expect(isBlankDesign(read(data))).toBe(false);
  });
});
