import type { Connection, Design, Position } from '../design';
import { findFreeSpot, type Box } from './free-spot';
import { layeredLayout } from './layered-layout';
import { estimatedNodeSize, type Size } from './node-size';
import { isSideConnection } from './side-connection';

/** The gaps of the layered layout, so a placed node sits where Layout would put it relative to its neighbour. */
const COLUMN_STEP = 96;
const BELOW_GAP = 48;

/**
 * Positions for the nodes of `design` that have none (added by a fix, an
 * import into a drawn design, a file that gives only some positions): each
 * goes where Layout would put it next to a neighbour that has a position
 * (right of what feeds it, below the source of a failure path, left of what
 * it feeds), in the nearest free space. Nodes with no placed neighbour are
 * laid out together below the design. Placed nodes never move.
 */
export function placeNewNodes(design: Design, sizes: Readonly<Record<string, Size>> = {}): Record<string, Position> {
  const layout = design.layout ?? {};
  const unplaced = design.nodes.filter((n) => !Object.hasOwn(layout, n.id));
  if (unplaced.length === 0) return {};
  const nodeById = new Map(design.nodes.map((n) => [n.id, n]));
  const sizeOf = (id: string) => sizes[id] ?? estimatedNodeSize(nodeById.get(id) ?? { name: id });
  const into = new Map<string, Connection[]>();
  const out = new Map<string, Connection[]>();
  for (const c of design.connections) {
    if (!into.has(c.to)) into.set(c.to, []);
    if (!out.has(c.from)) out.set(c.from, []);
    into.get(c.to)!.push(c);
    out.get(c.from)!.push(c);
  }
  const position = new Map<string, Position>();
  const occupied: Box[] = [];
  for (const node of design.nodes) {
    if (!Object.hasOwn(layout, node.id)) continue;
    position.set(node.id, layout[node.id]);
    occupied.push({ ...layout[node.id], ...sizeOf(node.id) });
  }
  if (position.size === 0) return layeredLayout(design, { sizes });

  const placedNew: Record<string, Position> = {};
  const place = (id: string, wanted: Position) => {
    const size = sizeOf(id);
    const spot = findFreeSpot(wanted, size, occupied);
    position.set(id, spot);
    occupied.push({ ...spot, ...size });
    placedNew[id] = spot;
  };
  const wantedBeside = (id: string): Position | undefined => {
    for (const c of into.get(id) ?? []) {
      if (position.has(c.from)) {
        const from = position.get(c.from)!;
        return isSideConnection(c, nodeById.get(id)) ? { x: from.x, y: from.y + sizeOf(c.from).height + BELOW_GAP } : { x: from.x + sizeOf(c.from).width + COLUMN_STEP, y: from.y };
      }
    }
    for (const c of out.get(id) ?? []) {
      if (position.has(c.to)) {
        const to = position.get(c.to)!;
        return isSideConnection(c, nodeById.get(c.to)) ? { x: to.x, y: to.y - sizeOf(id).height - BELOW_GAP } : { x: to.x - sizeOf(id).width - COLUMN_STEP, y: to.y };
      }
    }
    return undefined;
  };
  // Nodes next to placed ones, spreading outwards (a new DLX, then its DLQ below it).
  let waiting = unplaced.map((n) => n.id);
  for (let progress = true; progress && waiting.length > 0;) {
    progress = false;
    const next: string[] = [];
    for (const id of waiting) {
      const wanted = wantedBeside(id);
      if (wanted) {
        place(id, wanted);
        progress = true;
      } else next.push(id);
    }
    waiting = next;
  }
  if (waiting.length > 0) {
    // The rest have no placed neighbour: laid out as a group, below everything.
    const rest = new Set(waiting);
    const group = layeredLayout({ ...design, nodes: design.nodes.filter((n) => rest.has(n.id)), connections: design.connections.filter((c) => rest.has(c.from) && rest.has(c.to)) }, { sizes });
    const left = Math.min(...occupied.map((b) => b.x));
    const bottom = Math.max(...occupied.map((b) => b.y + b.height));
    for (const id of waiting) placedNew[id] = { x: group[id].x + left, y: group[id].y + bottom + BELOW_GAP * 2 };
  }
  return placedNew;
}

/** The design with a position for every node (see placeNewNodes): what a fix that adds nodes is applied through. */
export function withNewNodesPlaced(design: Design): Design {
  const added = placeNewNodes(design);
  return Object.keys(added).length === 0 ? design : { ...design, layout: { ...design.layout, ...added } };
}
