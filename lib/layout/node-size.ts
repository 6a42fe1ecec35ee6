import type { DesignNode } from '../design';

/** A node's box on the canvas, in canvas units. */
export interface Size {
  width: number;
  height: number;
}

/** The width of every node on the canvas (components/canvas/nodes/base-node.tsx). */
export const NODE_WIDTH = 240;
/** The height of a node with a one-line name and two summary lines, as drawn. */
export const NODE_HEIGHT = 96;
/** What a second line of the name adds: long names wrap rather than being cut. */
const NAME_LINE_HEIGHT = 22;
/** About how many characters of a name fit on one line of a node (16 px semibold in 216 px). */
const NAME_CHARACTERS_PER_LINE = 24;

/**
 * A node's size before the canvas has measured it: layouts computed away from
 * the canvas (templates, files without positions, the SVG diagram) use it.
 * Long names wrap onto a second line, so they make a taller node.
 */
export function estimatedNodeSize(node: Pick<DesignNode, 'name'>): Size {
  const nameLines = node.name.length > NAME_CHARACTERS_PER_LINE ? 2 : 1;
  return { width: NODE_WIDTH, height: NODE_HEIGHT + (nameLines - 1) * NAME_LINE_HEIGHT };
}
