import type { Design, Position } from '../design';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/rank-layout';

const COLUMN_GAP = 110;
const ROW_GAP = 40;

/**
 * A left-to-right layered layout for hand-made designs with loops (a saga's
 * replies flow back to its orchestrator): edges that close a cycle are found
 * by depth-first search and ignored for layering, each node goes one column
 * right of its furthest predecessor, dead-letter targets one column right of
 * their sources, and each column is ordered by the rows of its predecessors
 * so that connections cross less. Columns are centred on the tallest one.
 */
export function layeredLayout(design: Design): Record<string, Position> {
  const ids = design.nodes.map((n) => n.id);
  const known = new Set(ids);
  const flow = design.connections.filter((c) => c.kind !== 'dead-letter' && known.has(c.from) && known.has(c.to) && c.from !== c.to);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const c of flow) out.get(c.from)!.push(c.to);

  // Depth-first search from sources (then from anything unvisited) marks back edges.
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const hasIncoming = new Set(flow.map((c) => c.to));
  const visit = (root: string) => {
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const targets = out.get(top.id)!;
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const target = targets[top.next++];
      const seen = state.get(target);
      if (seen === 'open') back.add(`${top.id}\u0000${target}`);
      else if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  };
  for (const id of ids) if (!hasIncoming.has(id) && !state.has(id)) visit(id);
  for (const id of ids) if (!state.has(id)) visit(id);

  // Longest path over the remaining (acyclic) edges, in topological order.
  const forward = flow.filter((c) => !back.has(`${c.from}\u0000${c.to}`));
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const c of forward) indegree.set(c.to, indegree.get(c.to)! + 1);
  const rank = new Map<string, number>();
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (const id of queue) rank.set(id, 0);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const c of forward) {
      if (c.from !== id) continue;
      rank.set(c.to, Math.max(rank.get(c.to) ?? 0, rank.get(id)! + 1));
      indegree.set(c.to, indegree.get(c.to)! - 1);
      if (indegree.get(c.to) === 0) queue.push(c.to);
    }
  }
  for (const c of design.connections) {
    if (c.kind === 'dead-letter' && known.has(c.from) && known.has(c.to) && !flow.some((f) => f.to === c.to)) {
      rank.set(c.to, Math.max(rank.get(c.to) ?? 0, (rank.get(c.from) ?? 0) + 1));
    }
  }

  // Order each column by the mean row of its predecessors (one barycentre pass, left to right).
  const columns = new Map<number, string[]>();
  for (const id of ids) {
    const r = rank.get(id) ?? 0;
    columns.set(r, [...(columns.get(r) ?? []), id]);
  }
  const row = new Map<string, number>();
  const predecessors = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const c of design.connections) if (known.has(c.from) && known.has(c.to)) predecessors.get(c.to)!.push(c.from);
  const order = [...columns.keys()].sort((a, b) => a - b);
  for (const r of order) {
    const column = columns.get(r)!;
    const weight = (id: string, index: number) => {
      const placed = predecessors.get(id)!.filter((p) => row.has(p));
      return placed.length > 0 ? placed.reduce((sum, p) => sum + row.get(p)!, 0) / placed.length : index;
    };
    const sorted = column.map((id, index) => ({ id, w: weight(id, index), index })).sort((a, b) => a.w - b.w || a.index - b.index);
    sorted.forEach(({ id }, i) => row.set(id, i));
    columns.set(r, sorted.map((s) => s.id));
  }

  const tallest = Math.max(...[...columns.values()].map((c) => c.length));
  const placed = new Map<string, Position>();
  for (const r of order) {
    const column = columns.get(r)!;
    const offset = ((tallest - column.length) * (NODE_HEIGHT + ROW_GAP)) / 2;
    column.forEach((id, i) => {
      placed.set(id, { x: r * (NODE_WIDTH + COLUMN_GAP), y: Math.round((offset + i * (NODE_HEIGHT + ROW_GAP)) / 4) * 4 });
    });
  }
  // Keys in node order, as a design file written by the studio has them.
  return Object.fromEntries(ids.map((id) => [id, placed.get(id)!]));
}
