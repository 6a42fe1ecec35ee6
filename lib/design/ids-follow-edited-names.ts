import type { Design } from './design';
import { idFollowsName } from './node-id';

// Apart from node-id.ts so the studio's first load does not carry what only the Code panel uses.

/**
 * A design edited as text (the Code panel) where a node's name changed and
 * its id line did not: the id follows the new name there too, as it does when
 * the name is edited on the canvas. `previous` is the design before the edit.
 */
export function idsFollowEditedNames(previous: Design, next: Design): Design {
  const before = new Map(previous.nodes.map((n) => [n.id, n]));
  let design = next;
  for (const node of next.nodes) {
    const old = before.get(node.id);
    if (!old || old.name === node.name || node.idPinned) continue;
    const followed = idFollowsName(design, node.id);
    if (followed.ok) design = followed.design;
  }
  return design;
}
