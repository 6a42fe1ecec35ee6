import { Position as Side, type NodeHandle } from '@xyflow/react';
import type { Connection, Design, DesignNode, Position } from '@/lib/design';
import { NODE_HEIGHT, NODE_WIDTH } from '@/lib/layout/node-size';
import { isSideConnection } from '@/lib/layout/side-connection';
import { EDGE_LOOKS, markerId } from './edges/edge-looks';
import type { DesignFlowEdge } from './edges/design-edge';
import { FAILURE_HANDLE, type DesignFlowNode, type FindingBadge } from './nodes/base-node';

/**
 * The canvas is a view of the design: these pure functions turn design +
 * selection + finding badges into React Flow nodes and edges, reusing the
 * previous object whenever nothing it shows changed (React Flow re-measures
 * and re-renders any node whose identity changes).
 */

/**
 * A node's size and handles before it has been measured. React Flow renders
 * every node it cannot place once, to measure it, before culling what is off
 * screen: at 10,000 nodes that first render alone freezes the tab. With these
 * estimates it culls from the start; a node is measured when it first shows,
 * and from then on its measurements are used.
 */
const ESTIMATED_SIZE = { initialWidth: NODE_WIDTH, initialHeight: NODE_HEIGHT };
const ESTIMATED_HANDLES: NodeHandle[] = [
  { type: 'target', position: Side.Left, x: -4, y: NODE_HEIGHT / 2 - 4, width: 8, height: 8 },
  { type: 'source', position: Side.Right, x: NODE_WIDTH - 4, y: NODE_HEIGHT / 2 - 4, width: 8, height: 8 },
  { type: 'target', position: Side.Top, id: FAILURE_HANDLE, x: NODE_WIDTH / 2 - 1, y: -1, width: 2, height: 2 },
  { type: 'source', position: Side.Bottom, id: FAILURE_HANDLE, x: NODE_WIDTH / 2 - 1, y: NODE_HEIGHT - 1, width: 2, height: 2 },
];

export function toFlowNodes(
  /** `nodeSummary` of node-summary.ts, which the canvas loads on demand (node-summary-on-demand.ts). */
  nodeSummary: (design: Design, node: DesignNode) => string[],
  design: Design,
  positions: Record<string, Position>,
  selected: ReadonlySet<string>,
  badges: ReadonlyMap<string, FindingBadge>,
  previous: readonly DesignFlowNode[],
  /** Give unmeasured nodes estimates (see ESTIMATED_HANDLES): for designs whose off-screen nodes are culled. */
  estimateUnmeasured = false,
  /** The node whose name is being edited in place. */
  renaming: string | null = null,
): DesignFlowNode[] {
  const previousById = new Map(previous.map((n) => [n.id, n]));
  return design.nodes.map((node) => {
    const prev = previousById.get(node.id);
    const position = positions[node.id] ?? { x: 0, y: 0 };
    const summary = nodeSummary(design, node);
    const badge = badges.get(node.id);
    const isSelected = selected.has(node.id);
    const isRenaming = renaming === node.id;
    if (
      prev &&
      prev.data.node === node &&
      (prev.data.renaming ?? false) === isRenaming &&
      prev.position.x === position.x &&
      prev.position.y === position.y &&
      (prev.selected ?? false) === isSelected &&
      sameBadge(prev.data.badge, badge) &&
      sameLines(prev.data.summary, summary)
    ) {
      return prev;
    }
    return {
      id: node.id,
      type: node.kind,
      position,
      selected: isSelected,
      data: { node, summary: prev && sameLines(prev.data.summary, summary) ? prev.data.summary : summary, badge, ...(isRenaming ? { renaming: true } : {}) },
      ...(prev?.measured ? { measured: prev.measured } : estimateUnmeasured ? { ...ESTIMATED_SIZE, handles: ESTIMATED_HANDLES } : {}),
    };
  });
}

export function edgeLabel(connection: Connection): string | undefined {
  if (connection.kind === 'dead-letter') return connection.routingKey ? `dead-letter · ${connection.routingKey}` : undefined;
  if (connection.routingKeys && connection.routingKeys.length > 0) return connection.routingKeys.join(', ');
  if (connection.routingKey !== undefined && connection.routingKey !== '') return connection.routingKey;
  if (connection.subjects && connection.subjects.length > 0) return connection.subjects.join(' ');
  if (connection.subject) return connection.subject;
  if (connection.arguments && Object.keys(connection.arguments).length > 0) {
    return Object.entries(connection.arguments)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
  }
  return undefined;
}

/** Between parallel connections of one pair of nodes, at their middle. */
const PARALLEL_SPACING = 30;

/**
 * How far each connection bows away from the straight line: 0 for the only
 * connection between two nodes; parallel ones (two bindings between one
 * exchange and one queue, replies coming back) fan out, symmetrically.
 */
function parallelOffsets(connections: readonly Connection[]): Map<string, number> {
  const pairs = new Map<string, Connection[]>();
  for (const c of connections) {
    const key = c.from < c.to ? `${c.from}\u0000${c.to}` : `${c.to}\u0000${c.from}`;
    const group = pairs.get(key);
    if (group) group.push(c);
    else pairs.set(key, [c]);
  }
  const offsets = new Map<string, number>();
  for (const group of pairs.values()) {
    group.forEach((c, i) => {
      const offset = (i - (group.length - 1) / 2) * PARALLEL_SPACING;
      // The bow is measured from each connection's own direction: one running the other way bows to the other side.
      offsets.set(c.id, c.from < c.to ? offset : -offset);
    });
  }
  return offsets;
}

export function toFlowEdges(design: Design, selected: ReadonlySet<string>, badges: ReadonlyMap<string, FindingBadge>, previous: readonly DesignFlowEdge[]): DesignFlowEdge[] {
  const previousById = new Map(previous.map((e) => [e.id, e]));
  const offsets = parallelOffsets(design.connections);
  const nodeById = new Map(design.nodes.map((n) => [n.id, n]));
  return design.connections.map((c) => {
    const prev = previousById.get(c.id);
    const isSelected = selected.has(c.id);
    const badge = badges.get(c.id);
    const offset = offsets.get(c.id) ?? 0;
    const side = isSideConnection(c, nodeById.get(c.to));
    if (
      prev &&
      prev.data?.connection === c &&
      prev.data.offset === offset &&
      (prev.sourceHandle === FAILURE_HANDLE) === side &&
      (prev.selected ?? false) === isSelected &&
      sameBadge(prev.data.badge, badge)
    ) {
      return prev;
    }
    return {
      id: c.id,
      type: 'design',
      source: c.from,
      target: c.to,
      // Failure paths leave from the bottom and enter at the top: they drop below the main flow.
      ...(side ? { sourceHandle: FAILURE_HANDLE, targetHandle: FAILURE_HANDLE } : {}),
      selected: isSelected,
      // Selected connections are drawn over the others.
      zIndex: isSelected ? 1 : 0,
      data: { connection: c, badge, text: edgeLabel(c), offset },
      ariaLabel: `${EDGE_LOOKS[c.kind].label} from ${c.from} to ${c.to}`,
      markerEnd: markerId(c.kind),
      className: `edge-${c.kind}`,
      domAttributes: { 'data-testid': `canvas.edge.${c.id}`, 'data-kind': c.kind, 'data-failure-path': String(side) } as Record<string, string>,
    } as DesignFlowEdge;
  });
}

function sameBadge(a: FindingBadge | undefined, b: FindingBadge | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.count === b.count && a.worst === b.worst);
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}
