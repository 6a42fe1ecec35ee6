import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Position } from '../design';
import { NODE_HEIGHT, NODE_WIDTH } from './rank-layout';

/** The area a layout should fit into, in canvas units (screen pixels at the zoom it will be read at). */
export interface LayoutArea {
  width: number;
  height: number;
}

/**
 * Left-to-right layered layout with ELK. elkjs is large (~440 kB gzip), so it
 * is imported only when someone asks for a layout.
 *
 * A long pipeline in one row can be many screens wide and would only fit at an
 * unreadable zoom: when the row is wider than `area`, ELK wraps the layers into
 * rows shaped like the area instead.
 */
export async function autoLayout(design: Design, area?: LayoutArea): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(design.nodes.map((n) => n.id));
  const layout = (wrapping: Record<string, string>): Promise<ElkNode> =>
    elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.layered.spacing.nodeNodeBetweenLayers': '90',
        'elk.spacing.nodeNode': '36',
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        ...wrapping,
      },
      children: design.nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
      edges: design.connections
        .filter((c) => ids.has(c.from) && ids.has(c.to))
        .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] })),
    });
  let graph = await layout({});
  if (area && (graph.width ?? 0) > area.width) {
    graph = await layout({ 'elk.layered.wrapping.strategy': 'MULTI_EDGE', 'elk.aspectRatio': String(area.width / area.height) });
  }
  return Object.fromEntries((graph.children ?? []).map((child) => [child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }]));
}
