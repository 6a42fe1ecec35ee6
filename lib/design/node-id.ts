import type { Connection } from './connection';
import type { Design } from './design';
import { idSchema, nameSchema } from './fields';
import { slugify, uniqueId } from './ids';
import type { DesignNode } from './kinds';

/**
 * A node's identity. The id is what connections, layout, principals and
 * redrive policies point at; the name is what people and brokers see. Unless
 * the user pins it (`idPinned`), the id follows the name, so a group renamed
 * "Payment" is `payment` everywhere, never a frozen `consumer-group-2`.
 */

export type NodeIdResult = { ok: true; design: Design; id: string } | { ok: false; reason: string };

/**
 * Renames node `id` to `name`. An unpinned node's id becomes the name's slug
 * (made unique among the other nodes) and every reference follows; a pinned
 * node keeps its id. One design in, one out: undo restores the rename in one step.
 */
export function renameNode(design: Design, id: string, name: string): NodeIdResult {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, reason: `There is no node "${id}" to rename.` };
  const checked = nameSchema.safeParse(name);
  if (!checked.success) return { ok: false, reason: `Cannot rename "${node.name}": ${checked.error.issues[0]?.message ?? 'invalid name'}.` };
  if (checked.data === node.name) return { ok: true, design, id };
  return idFollowsName(withNode(design, id, { ...node, name: checked.data } as DesignNode), id);
}

/**
 * Gives an unpinned node `id` the id its name makes (the name's slug, unique
 * among the other nodes), every reference following; a pinned node keeps its
 * id. For a name edited keystroke by keystroke (the inspector), where the id
 * moves once, when the edit ends.
 */
export function idFollowsName(design: Design, id: string): NodeIdResult {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, reason: `There is no node "${id}".` };
  if (node.idPinned) return { ok: true, design, id };
  const others = new Set(design.nodes.filter((n) => n.id !== id).map((n) => n.id));
  const next = uniqueId(slugify(node.name), others);
  return { ok: true, design: next === id ? design : replaceNodeId(design, id, next), id: next };
}

/** Gives node `id` the id `next` chosen by the user and pins it, so later renames keep it. */
export function pinNodeId(design: Design, id: string, next: string): NodeIdResult {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, reason: `There is no node "${id}".` };
  const checked = idSchema.safeParse(next);
  if (!checked.success) return { ok: false, reason: `"${next.slice(0, 80)}" cannot be an id: ${checked.error.issues[0]?.message ?? 'invalid id'}.` };
  if (next !== id && design.nodes.some((n) => n.id === next)) return { ok: false, reason: `Another node already has the id "${next}".` };
  const pinned = node.idPinned ? design : withNode(design, id, { ...node, idPinned: true } as DesignNode);
  return { ok: true, design: next === id ? pinned : replaceNodeId(pinned, id, next), id: next };
}

/** Lets node `id` follow its name again: its id becomes the name's slug now. */
export function unpinNodeId(design: Design, id: string): NodeIdResult {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, reason: `There is no node "${id}".` };
  const { idPinned: _pinned, ...rest } = node;
  const unpinned = node.idPinned ? withNode(design, id, rest as DesignNode) : design;
  const others = new Set(design.nodes.filter((n) => n.id !== id).map((n) => n.id));
  const next = uniqueId(slugify(node.name), others);
  return { ok: true, design: next === id ? unpinned : replaceNodeId(unpinned, id, next), id: next };
}

function withNode(design: Design, id: string, node: DesignNode): Design {
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? node : n)) };
}

/**
 * Every place the design names a node by id, rewritten from `from` to `to`:
 * the node, connection ends, connection ids derived from their ends, SNS
 * redrive targets, Kafka principals' services and the layout. `to` must be
 * free (the callers check).
 */
export function replaceNodeId(design: Design, from: string, to: string): Design {
  const nodes = design.nodes.map((n) => (n.id === from ? ({ ...n, id: to } as DesignNode) : n));
  const connectionIds = new Set(design.connections.map((c) => c.id));
  const connections = design.connections.map((c): Connection => {
    const touched = c.from === from || c.to === from || c.deadLetterQueue === from;
    if (!touched) return c;
    const next: Connection = { ...c, from: c.from === from ? to : c.from, to: c.to === from ? to : c.to };
    if (c.deadLetterQueue === from) next.deadLetterQueue = to;
    // An id the studio derived from the ends (`a--b`, `a--b-2`) follows them; one a person wrote stays.
    if (isDerivedId(c.id, c.from, c.to) && (next.from !== c.from || next.to !== c.to)) {
      connectionIds.delete(c.id);
      next.id = uniqueId(`${next.from}--${next.to}`.slice(0, 190), connectionIds);
      connectionIds.add(next.id);
    }
    return next;
  });
  const clusters = design.clusters.map((cluster) =>
    cluster.principals?.some((p) => p.service === from) ? { ...cluster, principals: cluster.principals.map((p) => (p.service === from ? { ...p, service: to } : p)) } : cluster,
  );
  let layout = design.layout;
  if (layout && Object.hasOwn(layout, from)) {
    layout = Object.fromEntries(Object.entries(layout).map(([key, position]) => [key === from ? to : key, position]));
  }
  return { ...design, nodes, connections, clusters, layout };
}

function isDerivedId(id: string, from: string, to: string): boolean {
  const base = `${from}--${to}`.slice(0, 190);
  return id === base || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1)));
}
