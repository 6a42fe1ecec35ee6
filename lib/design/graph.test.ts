import { describe, expect, it } from 'vitest';
import { makeDesign } from './build-design';
import { indexGraph } from './graph';

const design = makeDesign({
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'kafka-topic', id: 'orders' },
  ],
  connections: [{ from: 'api', to: 'orders' }],
});

describe('indexGraph', () => {
  it('reuses the connection lookups of an edit that keeps the connections, and indexes the new nodes', () => {
    const before = indexGraph(design);
    const edited = { ...design, nodes: design.nodes.map((n) => (n.id === 'api' ? { ...n, name: 'checkout' } : n)) };
    const after = indexGraph(edited);
    expect(after.outgoing).toBe(before.outgoing);
    expect(after.incoming).toBe(before.incoming);
    expect(after.connectionById).toBe(before.connectionById);
    expect(after.nodeById.get('api')?.name).toBe('checkout');
    expect(before.nodeById.get('api')?.name).toBe('api');
  });

  it('indexes the connections again when they change', () => {
    const before = indexGraph(design);
    const after = indexGraph({ ...design, connections: [] });
    expect(after.outgoing).not.toBe(before.outgoing);
    expect(after.outgoing.get('api')).toBeUndefined();
    expect(before.outgoing.get('api')).toHaveLength(1);
  });
});
