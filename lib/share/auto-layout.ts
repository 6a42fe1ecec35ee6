import type { Design } from '../design';
import { layeredLayout } from '../layout/layered-layout';

/**
 * Positions a v3 link leaves out: when every node sits where the auto layout
 * (layeredLayout, as templates, generated designs and the studio's Layout
 * button without measured sizes place them) puts it, the link carries a mark
 * and the decoder lays the design out again. On the realistic 100-node design
 * that is 295 of 4,825 deflated bytes.
 *
 * The mark means "the auto layout of the version that opens the link": if the
 * layout algorithm changes, such a link opens with every node where the new
 * algorithm puts it (the design itself, its settings and connections, is
 * unchanged). saved-links.test.ts notices such a change.
 */

/**
 * Largest design whose positions may be left out. Laying out costs the
 * recipient about 0.1 ms a node (0.85 s at 10,000 nodes); past 2,000 nodes a
 * link is far beyond what any chat carries anyway, so the positions are sent.
 */
export const AUTO_LAYOUT_MAX_NODES = 2000;

/** Whether every node of `design` has a position and it is the auto layout's. */
export function hasAutoLayout(design: Design): boolean {
  const layout = design.layout;
  if (!layout || design.nodes.length === 0 || design.nodes.length > AUTO_LAYOUT_MAX_NODES) return false;
  if (!design.nodes.every((node) => Object.hasOwn(layout, node.id))) return false;
  const auto = layeredLayout(design);
  return design.nodes.every((node) => layout[node.id].x === auto[node.id].x && layout[node.id].y === auto[node.id].y);
}

/** `design` with the auto layout's positions. */
export function withAutoLayout(design: Design): Design {
  return { ...design, layout: layeredLayout(design) };
}
