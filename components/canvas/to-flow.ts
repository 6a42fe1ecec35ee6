import { Position as Side, type Edge, type NodeHandle } from '@xyflow/react';
import { nodeSummary } from '@/lib/brokers/node-summary';
import type { Connection, Design, Position } from '@/lib/design';
import { NODE_HEIGHT, NODE_WIDTH } from '@/lib/layout/rank-layout';
import type { DesignFlowNode, FindingBadge } from './nodes/base-node';

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
];

export function toFlowNodes(
  design: Design,
  positions: Record<string, Position>,
  selected: ReadonlySet<string>,
  badges: ReadonlyMap<string, FindingBadge>,
  previous: readonly DesignFlowNode[],
  /** Give unmeasured nodes estimates (see ESTIMATED_HANDLES): for designs whose off-screen nodes are culled. */
  estimateUnmeasured = false,
): DesignFlowNode[] {
  const previousById = new Map(previous.map((n) => [n.id, n]));
  return design.nodes.map((node) => {
    const prev = previousById.get(node.id);
    const position = positions[node.id] ?? { x: 0, y: 0 };
    const summary = nodeSummary(design, node);
    const badge = badges.get(node.id);
    const isSelected = selected.has(node.id);
    if (
      prev &&
      prev.data.node === node &&
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
      data: { node, summary: prev && sameLines(prev.data.summary, summary) ? prev.data.summary : summary, badge },
      ...(prev?.measured ? { measured: prev.measured } : estimateUnmeasured ? { ...ESTIMATED_SIZE, handles: ESTIMATED_HANDLES } : {}),
    };
  });
}

const EDGE_STYLE: Record<Connection['kind'], { stroke: string; dash?: string }> = {
  publish: { stroke: 'var(--muted)' },
  consume: { stroke: 'var(--muted)' },
  bind: { stroke: '#e8590c', dash: '0' },
  alternate: { stroke: '#e8590c', dash: '2 4' },
  'dead-letter': { stroke: 'var(--error)', dash: '6 4' },
  subscription: { stroke: '#c2255c' },
};

export function edgeLabel(connection: Connection): string | undefined {
  if (connection.kind === 'dead-letter') return connection.routingKey ? `dead-letter · ${connection.routingKey}` : 'dead-letter';
  if (connection.kind === 'alternate') return 'alternate';
  if (connection.routingKey !== undefined && connection.routingKey !== '') return connection.routingKey;
  if (connection.subject) return connection.subject;
  if (connection.arguments && Object.keys(connection.arguments).length > 0) {
    return Object.entries(connection.arguments).map(([k, v]) => `${k}=${v}`).join(', ');
  }
  return undefined;
}

export function toFlowEdges(
  design: Design,
  selected: ReadonlySet<string>,
  badges: ReadonlyMap<string, FindingBadge>,
  previous: readonly Edge[],
): Edge[] {
  const previousById = new Map(previous.map((e) => [e.id, e]));
  return design.connections.map((c) => {
    const prev = previousById.get(c.id);
    const isSelected = selected.has(c.id);
    const badge = badges.get(c.id);
    if (prev && prev.data?.connection === c && (prev.selected ?? false) === isSelected && sameBadge(prev.data?.badge as FindingBadge | undefined, badge)) return prev;
    const style = EDGE_STYLE[c.kind];
    const label = edgeLabel(c);
    return {
      id: c.id,
      source: c.from,
      target: c.to,
      selected: isSelected,
      label: badge ? `${label ? `${label} · ` : ''}⚠ ${badge.count}` : label,
      data: { connection: c, badge },
      ariaLabel: `${c.kind} from ${c.from} to ${c.to}`,
      markerEnd: { type: 'arrowclosed' as const, color: style.stroke.startsWith('var') ? undefined : style.stroke },
      style: { stroke: badge ? `var(--${badge.worst})` : style.stroke, strokeWidth: 1.6, strokeDasharray: style.dash },
      className: `edge-${c.kind}`,
      domAttributes: { 'data-testid': `canvas.edge.${c.id}` } as Record<string, string>,
    } as Edge;
  });
}

function sameBadge(a: FindingBadge | undefined, b: FindingBadge | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.count === b.count && a.worst === b.worst);
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}
