import type { Design } from './design';
import { extractFragment } from './operations';
import { minimalDesign } from './minimal-design';

/**
 * A piece of a design as text, for the system clipboard: a design document of
 * its own (the selected nodes, the connections among them, the clusters they
 * use, their positions), written compactly as the studio writes files. So a
 * copy pastes into another tab, into a text editor, or opens as a file; and a
 * design written by hand in YAML or JSON pastes onto the canvas.
 */
export function writeFragmentText(design: Design, nodeIds: Iterable<string>): string {
  const fragment = extractFragment(design, nodeIds);
  const clusterIds = new Set(fragment.nodes.flatMap((n) => (n.cluster === undefined ? [] : [n.cluster])));
  const piece: Design = {
    ...design,
    name: `${design.name} (part)`,
    notes: undefined,
    clusters: design.clusters.filter((c) => clusterIds.has(c.id)),
    nodes: fragment.nodes,
    connections: fragment.connections,
    layout: fragment.layout,
  };
  return `${JSON.stringify(minimalDesign(piece), null, 2)}\n`;
}
