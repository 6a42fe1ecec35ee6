import { describe, expect, it } from 'vitest';
import { emptyDesign, type Design } from './design';
import { idsFollowEditedNames } from './ids-follow-edited-names';
import { renameNode } from './node-id';
import { addNode, connect } from './operations';

describe('idsFollowEditedNames', () => {
  const before = (): Design => {
    let design = emptyDesign();
    design = addNode(design, 'kafka-topic', { name: 'orders' }).design;
    design = addNode(design, 'consumer-group', { name: 'billing' }).design;
    const connected = connect(design, 'orders', 'billing');
    if (!connected.ok) throw new Error(connected.reason);
    return connected.design;
  };

  it('moves the id of a node whose name changed in the text, with every reference', () => {
    const previous = before();
    const edited: Design = { ...previous, nodes: previous.nodes.map((n) => (n.id === 'orders' ? { ...n, name: 'payments' } : n)) };
    const followed = idsFollowEditedNames(previous, edited);
    expect(followed.nodes.map((n) => n.id)).toEqual(['payments', 'billing']);
    expect(followed.connections[0]).toMatchObject({ from: 'payments', to: 'billing' });
  });

  it('keeps a pinned id, an id edited with the name, and an unchanged design as it is', () => {
    const previous = before();
    const pinned: Design = { ...previous, nodes: previous.nodes.map((n) => (n.id === 'orders' ? { ...n, name: 'payments', idPinned: true } : n)) };
    expect(idsFollowEditedNames(previous, pinned).nodes[0].id).toBe('orders');
    const both = renameNode(previous, 'orders', 'payments');
    expect(both.ok && idsFollowEditedNames(previous, both.design)).toBe(both.ok && both.design);
    expect(idsFollowEditedNames(previous, previous)).toBe(previous);
  });
});
