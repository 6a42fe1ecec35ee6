import { describe, expect, it } from 'vitest';
import { emptyDesign } from './design';
import { addNode, moveNodes, updateNode } from './operations';
import { onlyLayoutChanged } from './only-layout-changed';

describe('onlyLayoutChanged', () => {
  const { design } = addNode(emptyDesign('d'), 'kafka-topic', { name: 'orders' });
  const id = design.nodes[0].id;

  it('is true after a move, false after any other edit or none', () => {
    expect(onlyLayoutChanged(design, moveNodes(design, { [id]: { x: 40, y: 80 } }))).toBe(true);
    expect(onlyLayoutChanged(design, updateNode(design, id, { partitions: 6 }))).toBe(false);
    expect(onlyLayoutChanged(design, { ...design, name: 'renamed' })).toBe(false);
    expect(onlyLayoutChanged(design, design)).toBe(false);
  });
});
