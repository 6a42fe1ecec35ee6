import type { Design, DesignNode } from '../lib/design';

/**
 * The settings the re-review bench flips, first found first: a boolean every
 * kind has a valid other value for, whatever its other settings (an alert, a
 * schema registry, idempotent apply, a producer's message priority). A kind
 * with none of them (an external system, a snapshot policy) gets its notes
 * edited instead, which still makes it a new node with new content.
 */
const FLIPPED = ['depthAlert', 'lagAlert', 'idempotentApply', 'keyless', 'streamPerAggregate', 'messageSchema.registry', 'config.errors.deadletterqueue.context.headers.enable', 'rabbitmq.priority'];

/**
 * `design` after a user's edit of its node at `index`: one setting changed to
 * its other valid value (flipping it again on the next visit), so the node is
 * a new object with new content, as in the studio. An engine cannot skip the
 * review by noticing that nothing changed.
 */
export function withOneSettingChanged(design: Design, index: number): Design {
  const nodes = [...design.nodes];
  nodes[index] = flipped(nodes[index]);
  return { ...design, nodes };
}

function flipped(node: DesignNode): DesignNode {
  const fields = node as unknown as Record<string, unknown>;
  for (const path of FLIPPED) {
    const [head, ...rest] = path.split('.');
    const key = rest.join('.');
    if (rest.length === 0 && typeof fields[head] === 'boolean') return { ...node, [head]: !fields[head] } as DesignNode;
    const nested = fields[head] as Record<string, unknown> | undefined;
    if (rest.length > 0 && typeof nested?.[key] === 'boolean') return { ...node, [head]: { ...nested, [key]: !nested[key] } } as DesignNode;
  }
  return { ...node, notes: node.notes === 'edited' ? 'edited again' : 'edited' };
}
