/**
 * The layers of the layered layout (layered-layout.ts): which connections run forward once every
 * cycle is broken, and the column each node stands in.
 */

/** A connection between two nodes, by their index in the design. */
export interface LayoutEdge {
  from: number;
  to: number;
  /** 0: the target hangs below its source in the same column (a failure path); 1: the target is a column further right. */
  weight: 0 | 1;
}

export interface ForwardEdges {
  out: Map<number, LayoutEdge[]>;
  into: Map<number, LayoutEdge[]>;
}

/**
 * The edges that remain once each cycle is broken where a depth-first search
 * from the design's sources closes it, and the order that search found the
 * nodes in (a good first order for each column).
 */
export function acyclicEdges(component: number[], out: LayoutEdge[][], into: LayoutEdge[][]): { forward: ForwardEdges; discovery: number[] } {
  const state = new Map<number, 'open' | 'done'>();
  const back = new Set<LayoutEdge>();
  const discovery: number[] = [];
  const visit = (root: number) => {
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    state.set(root, 'open');
    discovery.push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edges = out[frame.node];
      if (frame.next >= edges.length) {
        state.set(frame.node, 'done');
        stack.pop();
        continue;
      }
      const edge = edges[frame.next++];
      const seen = state.get(edge.to);
      if (seen === 'open') back.add(edge);
      else if (seen === undefined) {
        state.set(edge.to, 'open');
        discovery.push(edge.to);
        stack.push({ node: edge.to, next: 0 });
      }
    }
  };
  for (const node of component) if (into[node].length === 0 && !state.has(node)) visit(node);
  for (const node of component) if (!state.has(node)) visit(node);

  const forward: ForwardEdges = { out: new Map(), into: new Map() };
  for (const node of component) {
    forward.out.set(
      node,
      out[node].filter((e) => !back.has(e)),
    );
    forward.into.set(
      node,
      into[node].filter((e) => !back.has(e)),
    );
  }
  return { forward, discovery };
}

/**
 * Longest path from the sources (a failure target stays in its source's
 * column), then each source moves right to just before the first node it
 * feeds, so a producer that publishes deep into the flow stands beside it.
 */
export function assignLayers(component: number[], forward: ForwardEdges, discovery: number[]): Map<number, number> {
  const layer = new Map<number, number>();
  const waiting = new Map<number, number>(component.map((n) => [n, forward.into.get(n)!.length]));
  const queue = discovery.filter((n) => waiting.get(n) === 0);
  const topological: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    topological.push(node);
    const at = layer.get(node) ?? 0;
    layer.set(node, at);
    for (const edge of forward.out.get(node)!) {
      layer.set(edge.to, Math.max(layer.get(edge.to) ?? 0, at + edge.weight));
      const left = waiting.get(edge.to)! - 1;
      waiting.set(edge.to, left);
      if (left === 0) queue.push(edge.to);
    }
  }
  for (let i = topological.length - 1; i >= 0; i--) {
    const node = topological[i];
    const outgoing = forward.out.get(node)!;
    if (forward.into.get(node)!.length > 0 || outgoing.length === 0) continue;
    const latest = Math.min(...outgoing.map((e) => layer.get(e.to)! - e.weight));
    if (latest > layer.get(node)!) layer.set(node, latest);
  }
  const first = Math.min(...layer.values());
  for (const [node, l] of layer) layer.set(node, l - first);
  return layer;
}
