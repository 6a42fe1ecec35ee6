import { describe, expect, it } from 'vitest';
import { addNode, connect, removeElements, renameNode } from '../design';
import { createStudioStore } from './studio-store';

describe('studio store', () => {
  it('undoes and redoes every design change', () => {
    const store = createStudioStore();
    store.getState().change((d) => addNode(d, 'kafka-topic', { name: 'orders' }).design);
    store.getState().change((d) => addNode(d, 'producer', { name: 'api' }).design);
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['orders', 'api']);
    store.getState().undo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['orders']);
    store.getState().undo();
    expect(store.getState().design.nodes).toEqual([]);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['orders', 'api']);
  });

  it('ignores changes that change nothing, and a new change clears redo', () => {
    const store = createStudioStore();
    store.getState().change((d) => d);
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().change((d) => addNode(d, 'kafka-topic').design);
    store.getState().undo();
    store.getState().change((d) => addNode(d, 'producer').design);
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('drops selected ids that disappear', () => {
    const store = createStudioStore();
    store.getState().change((d) => addNode(d, 'kafka-topic', { name: 't' }).design);
    store.getState().select({ nodes: ['t'], connections: [] });
    store.getState().change((d) => removeElements(d, { nodes: ['t'] }));
    expect(store.getState().selection.nodes).toEqual([]);
  });

  it('merges quick edits of one field into one undo step', () => {
    let clock = 0;
    const store = createStudioStore(undefined, () => clock);
    store.getState().change((d) => addNode(d, 'kafka-topic', { name: 't' }).design);
    for (const partitions of [1, 12, 120]) {
      clock += 200;
      store.getState().change((d) => ({ ...d, nodes: d.nodes.map((n) => ({ ...n, partitions })) }), { coalesce: 't.partitions' });
    }
    store.getState().undo();
    expect(store.getState().design.nodes[0]).toMatchObject({ partitions: 6 });
    clock += 5000;
    store.getState().redo();
    store.getState().change((d) => ({ ...d, name: 'a' }), { coalesce: 'name' });
    clock += 5000;
    store.getState().change((d) => ({ ...d, name: 'b' }), { coalesce: 'name' });
    store.getState().undo();
    expect(store.getState().design.name).toBe('a');
  });

  it('makes loading a design undoable', () => {
    const store = createStudioStore();
    const before = store.getState().design;
    store.getState().load(addNode(before, 'nats-stream').design);
    expect(store.getState().loadCount).toBe(1);
    store.getState().undo();
    expect(store.getState().design).toBe(before);
  });

  it('asks the canvas for a fit and for a rename in place without touching the design or its history', () => {
    const store = createStudioStore();
    const before = store.getState().design;
    store.getState().requestFit();
    store.getState().rename('orders');
    expect(store.getState()).toMatchObject({ fitRequests: 1, renaming: 'orders', design: before });
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().rename(null);
    expect(store.getState().renaming).toBeNull();
  });

  it('marks a node drag as under way and ended without touching the design or its history, and tells subscribers only of a change', () => {
    const store = createStudioStore();
    const before = store.getState().design;
    let notified = 0;
    store.subscribe(() => notified++);
    expect(store.getState().draggingNodes).toBe(false);
    store.getState().dragNodes(true);
    store.getState().dragNodes(true);
    expect(store.getState()).toMatchObject({ draggingNodes: true, design: before });
    store.getState().dragNodes(false);
    expect(store.getState().draggingNodes).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
    expect(notified).toBe(2);
  });

  it('keeps a renamed node selected under its new id, and undo restores the rename in one step', () => {
    const store = createStudioStore();
    store.getState().change((d) => addNode(d, 'kafka-topic').design);
    store.getState().change((d) => addNode(d, 'consumer-group').design);
    store.getState().change((d) => {
      const c = connect(d, 'kafka-topic', 'consumer-group');
      return c.ok ? c.design : d;
    });
    store.getState().select({ nodes: ['consumer-group'], connections: ['kafka-topic--consumer-group'] });
    store.getState().rename('consumer-group');
    const before = store.getState().design;
    const steps = store.getState().history.past.length;
    store.getState().change((d) => {
      const r = renameNode(d, 'consumer-group', 'Payment');
      return r.ok ? r.design : d;
    });
    expect(store.getState().selection).toEqual({ nodes: ['payment'], connections: ['kafka-topic--payment'] });
    expect(store.getState().renaming).toBe('payment');
    expect(store.getState().history.past).toHaveLength(steps + 1);
    store.getState().undo();
    expect(store.getState().design).toBe(before);
    expect(store.getState().selection).toEqual({ nodes: ['consumer-group'], connections: ['kafka-topic--consumer-group'] });
    store.getState().redo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['kafka-topic', 'payment']);
  });
});
