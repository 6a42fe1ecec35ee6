import type { Design, Position } from '../design';
import { NODE_HEIGHT, NODE_WIDTH } from './rank-layout';

/**
 * Left-to-right layered layout with ELK. elkjs is large (~440 kB gzip), so it
 * is imported only when someone asks for a layout.
 */
export async function autoLayout(design: Design): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(design.nodes.map((n) => n.id));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '36',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: design.nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: design.connections
      .filter((c) => ids.has(c.from) && ids.has(c.to))
      .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] })),
  });
  return Object.fromEntries((graph.children ?? []).map((child) => [child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }]));
}
