import { indexGraph, type Design, type RabbitmqQueueNode } from '../design';

/**
 * What a RabbitMQ broker holds of a design, in a comparable form: exchanges,
 * queues (with their arguments and what their policy gives them), bindings,
 * alternate and dead-letter links, and the cluster's policies by pattern.
 * Node ids are not part of definitions.json or of a broker, so objects are
 * named by vhost and name; `vhosts` keeps only those vhosts (a live broker
 * holds others too). RabbitMQ keeps one binding per (source, destination,
 * key, arguments), so duplicates count once.
 */
export function rabbitFacts(design: Design, vhosts?: ReadonlySet<string>) {
  const graph = indexGraph(design);
  const kept = (vhost: string) => vhosts === undefined || vhosts.has(vhost);
  const name = (id: string) => {
    const node = graph.nodeById.get(id)!;
    return `${node.kind === 'rabbitmq-queue' ? 'queue' : 'exchange'} ${'vhost' in node ? node.vhost : ''}/${node.name}`;
  };
  const vhostOf = (id: string) => {
    const node = graph.nodeById.get(id);
    return node && 'vhost' in node && typeof node.vhost === 'string' ? node.vhost : '';
  };
  const exchanges = design.nodes.flatMap((n) =>
    n.kind === 'rabbitmq-exchange' && kept(n.vhost) ? [{ name: n.name, vhost: n.vhost, type: n.type, durable: n.durable, autoDelete: n.autoDelete, internal: n.internal }] : [],
  );
  const queues = design.nodes
    .filter((n): n is RabbitmqQueueNode => n.kind === 'rabbitmq-queue' && kept(n.vhost))
    .map((n) => ({ name: n.name, vhost: n.vhost, type: n.type, durable: n.durable, autoDelete: n.autoDelete, arguments: n.arguments, policy: n.policy ?? {} }));
  const connections = design.connections
    .filter((c) => kept(vhostOf(c.from)))
    .map((c) => ({ kind: c.kind, from: name(c.from), to: name(c.to), routingKey: c.kind === 'bind' ? (c.routingKey ?? '') : c.routingKey, arguments: c.arguments ?? {} }));
  const unique = [...new Map(connections.map((c) => [JSON.stringify(c), c])).values()];
  const policies = design.clusters.flatMap((c) => (c.broker === 'rabbitmq' ? (c.policies ?? []) : [])).filter((p) => kept(p.vhost));
  const sort = <T>(list: T[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  // Policies in any order: RabbitMQ applies the one of highest priority, whatever the order of the list.
  return { exchanges: sort(exchanges), queues: sort(queues), connections: sort(unique), policies: sort(policies) };
}
