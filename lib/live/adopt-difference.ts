import { connect, insertFragment, nodeSchema, patchNode, type Design, type DesignNode, type NodePatch } from '../design';
import type { Difference } from './drift';
import { bindConnectionNames, differenceTarget } from './difference-node';

/**
 * What "Adopt live value" and "Add to design" do to a design, as pure
 * operations the studio runs as one undo step each: the live value is written
 * where the design keeps that setting, and a resource only the cluster has is
 * copied from the live import of the cluster. A value the design's schema
 * refuses, or a setting the design keeps elsewhere (a connection, a policy),
 * is a reason, never a broken design.
 */

export type DesignEdit = { ok: true; design: Design } | { ok: false; reason: string };

/** A value as the broker's API gave it, typed as the design writes it (numbers and booleans are not text there). */
function typed(text: string): string | number | boolean {
  if (/^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

const FLAGS: Record<string, string> = { durable: 'durable', 'auto-delete': 'autoDelete', internal: 'internal' };

/** The patch that sets `d.setting` to the live value on `node`, or why there is none. */
function livePatch(node: DesignNode, d: Difference): NodePatch | string {
  const setting = d.setting ?? '';
  const live = d.live === undefined || d.live === '' ? undefined : typed(d.live);
  if (node.kind === 'kafka-topic') {
    if (setting === 'partitions') return { partitions: live };
    if (setting === 'replication factor') return { replicationFactor: live };
    return { config: { [setting]: live } };
  }
  if (node.kind === 'rabbitmq-queue' || node.kind === 'rabbitmq-exchange') {
    if (setting === 'type') return { type: live };
    if (FLAGS[setting]) return { [FLAGS[setting]]: live };
    if (node.kind === 'rabbitmq-queue' && setting.startsWith('arguments.')) {
      const argument = setting.slice('arguments.'.length);
      if (argument === 'x-dead-letter-exchange' || argument === 'x-dead-letter-routing-key')
        return `${argument} is the queue's dead-letter connection on the canvas: draw it to the exchange the cluster names.`;
      return { arguments: { [argument]: live } };
    }
    return `${setting} is drawn as connections (an alternate exchange) or set by arguments the studio does not edit: change it on the canvas.`;
  }
  return `${d.resource.type} settings are not kept on a node.`;
}

/** Writes the live value of a `differs` difference into the design. */
export function adoptLiveValue(design: Design, d: Difference): DesignEdit {
  if (d.kind !== 'differs') return { ok: false, reason: 'Only a setting that differs has a live value to adopt.' };
  if (d.resource.type === 'policy') return { ok: false, reason: `Policy ${d.resource.name} is part of the cluster's settings: edit it there (select the cluster).` };
  const { nodeId } = differenceTarget(design, d);
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return { ok: false, reason: `The design has no ${d.resource.type} named ${d.resource.name} any more.` };
  const patch = livePatch(node, d);
  if (typeof patch === 'string') return { ok: false, reason: patch };
  const next = patchNode(design, node.id, patch);
  const checked = nodeSchema.safeParse(next.nodes.find((n) => n.id === node.id));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, reason: `The design cannot hold ${d.setting} = ${d.live ?? '(unset)'}: ${issue.path.join('.')}: ${issue.message}.` };
  }
  return { ok: true, design: next };
}

/** Right of everything drawn, so an added resource does not cover another. */
function freeSpot(design: Design): { x: number; y: number } {
  const positions = Object.values(design.layout ?? {});
  if (positions.length === 0) return { x: 40, y: 40 };
  return { x: Math.max(...positions.map((p) => p.x)) + 260, y: Math.min(...positions.map((p) => p.y)) };
}

/** Adds a binding the cluster has between two nodes the design has. */
function addBinding(design: Design, live: Design, d: Difference): DesignEdit {
  const connection = live.connections.find((c) => bindConnectionNames(live, c).includes(d.resource.name));
  if (!connection) return { ok: false, reason: `The cluster's binding ${d.resource.name} was not in what was read.` };
  const from = live.nodes.find((n) => n.id === connection.from)!;
  const to = live.nodes.find((n) => n.id === connection.to)!;
  const same = (n: DesignNode) => (m: DesignNode) => m.kind === n.kind && m.name === n.name && 'vhost' in m && 'vhost' in n && m.vhost === n.vhost;
  const source = design.nodes.find(same(from));
  const target = design.nodes.find(same(to));
  if (!source || !target) return { ok: false, reason: `Add ${!source ? from.name : to.name} to the design first: the binding joins two resources the design must have.` };
  const made = connect(design, source.id, target.id, 'bind', {
    ...(connection.routingKey ? { routingKey: connection.routingKey } : {}),
    ...(connection.routingKeys ? { routingKeys: connection.routingKeys } : {}),
    ...(connection.arguments ? { arguments: connection.arguments } : {}),
  });
  return made.ok ? { ok: true, design: made.design } : { ok: false, reason: made.reason };
}

/** Copies a resource only the cluster has from `live` (the live import of the same cluster) into the design. */
export function addLiveResource(design: Design, live: Design, d: Difference): DesignEdit {
  if (d.kind !== 'only-in-cluster') return { ok: false, reason: 'Only a resource the design lacks can be added.' };
  if (d.resource.type === 'binding') return addBinding(design, live, d);
  const { nodeId } = differenceTarget(live, d);
  const node = live.nodes.find((n) => n.id === nodeId);
  if (!node) return { ok: false, reason: `The cluster's ${d.resource.type} ${d.resource.name} was not in what was read (a policy lives in the cluster's settings).` };
  const clusters = live.clusters.filter((c) => c.id === node.cluster);
  const { design: next } = insertFragment(design, { nodes: [node], connections: [], layout: { [node.id]: { x: 0, y: 0 } }, clusters }, freeSpot(design));
  return { ok: true, design: next };
}
