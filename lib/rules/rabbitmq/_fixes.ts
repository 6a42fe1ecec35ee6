import { addNode, connect, indexGraph, updateConnection, type Connection, type Design, type GraphDesign, type RabbitmqExchangeNode } from '../../design';
import { deadLetterToReuse } from '../queries/dead-letter-to-reuse';

/**
 * Repairs shared by RabbitMQ rules: give an exchange a queue that catches
 * whatever reaches it, so messages that would be dropped are kept where an
 * alert can see them.
 */

/** The binding that matches every message an exchange of this type can see. */
function catchAllBinding(exchange: RabbitmqExchangeNode, key: string): Partial<Connection> {
  switch (exchange.type) {
    case 'topic':
      return { routingKey: '#' };
    case 'fanout':
      return { routingKey: '' };
    case 'headers':
      // x-match=all over no headers matches every message.
      return { routingKey: '', arguments: { 'x-match': 'all' } };
    default:
      return { routingKey: key };
  }
}

/** Adds a monitored parking queue bound to `exchangeId` so that messages with `key` (or any, where the type allows) land in it. */
export function addParkingQueue(design: Design, exchangeId: string, key: string, name: string): Design {
  const exchange = indexGraph(design).nodeById.get(exchangeId);
  if (exchange?.kind !== 'rabbitmq-exchange') return design;
  const at = design.layout?.[exchangeId];
  const added = addNode(design, 'rabbitmq-queue', {
    name,
    position: at ? { x: at.x + 320, y: at.y + 140 } : undefined,
    props: { vhost: exchange.vhost, role: 'dead-letter', depthAlert: true, cluster: exchange.cluster },
  });
  const bound = connect(added.design, exchangeId, added.id, 'bind', catchAllBinding(exchange, key));
  return bound.ok ? bound.design : design;
}

/** A topic binding pattern made concrete: each wildcard word becomes `word` (`dead.*` → `dead.billing`). */
function concreteKey(pattern: string, word: string): string {
  return pattern
    .split('.')
    .map((w) => (w === '*' || w === '#' ? word.replace(/\./g, '-') : w))
    .join('.');
}

/**
 * Where the DLX already has a dead-letter queue bound (the pipeline's, found
 * by deadLetterToReuse), the routing key that reaches it: the fix corrects the
 * queue's x-dead-letter-routing-key to it rather than adding a second queue
 * and leaving the first unreachable. Direct and topic DLXs only: a headers
 * DLX matches on headers the fix cannot set.
 */
export function correctedDeadLetterKey(design: GraphDesign, deadLetter: Connection, queueName: string): { key: string; queueName: string } | undefined {
  const graph = indexGraph(design);
  const exchange = graph.nodeById.get(deadLetter.to);
  if (exchange?.kind !== 'rabbitmq-exchange' || (exchange.type !== 'direct' && exchange.type !== 'topic')) return undefined;
  const bindingTo = (id: string) => (graph.outgoing.get(exchange.id) ?? []).find((c) => c.kind === 'bind' && c.to === id);
  const queue = deadLetterToReuse(design, { kind: 'rabbitmq-queue', near: deadLetter.from, cluster: exchange.cluster, fits: (q) => bindingTo(q.id) !== undefined });
  const binding = queue && bindingTo(queue.id);
  if (!queue || !binding) return undefined;
  const key = exchange.type === 'topic' ? concreteKey(binding.routingKey ?? '', queueName) : (binding.routingKey ?? '');
  return key === deadLetter.routingKey ? undefined : { key, queueName: queue.name };
}

/**
 * Fixes dead letters a DLX cannot route: where a dead-letter queue is bound
 * to the DLX, the queue's dead-letter routing key is corrected to reach it;
 * otherwise a direct or headers DLX gets a fixed
 * dead-letter routing key on the queue's dead-letter connection, and every
 * DLX a parking queue bound so that key (or anything) lands in it.
 */
export function bindDeadLetterQueue(design: Design, deadLetter: Connection, queueName: string): Design {
  const exchange = indexGraph(design).nodeById.get(deadLetter.to);
  if (exchange?.kind !== 'rabbitmq-exchange') return design;
  const corrected = correctedDeadLetterKey(design, deadLetter, queueName);
  if (corrected) return updateConnection(design, deadLetter.id, { routingKey: corrected.key });
  let next = design;
  let key = deadLetter.routingKey ?? '';
  if ((exchange.type === 'direct' || exchange.type === 'headers') && deadLetter.routingKey === undefined) {
    key = queueName;
    next = updateConnection(next, deadLetter.id, { routingKey: key });
  }
  return addParkingQueue(next, exchange.id, key, `${queueName}.dlq`);
}

/**
 * Gives an exchange an alternate exchange (fanout) with a parking queue, so
 * unroutable messages are kept; an existing alternate gets the parking queue,
 * bound for `key` where its type needs one.
 */
export function addAlternateExchange(design: Design, exchangeId: string, key: string): Design {
  const graph = indexGraph(design);
  const exchange = graph.nodeById.get(exchangeId);
  if (exchange?.kind !== 'rabbitmq-exchange') return design;
  const existing = (graph.outgoing.get(exchangeId) ?? []).find((c) => c.kind === 'alternate');
  if (existing) return addParkingQueue(design, existing.to, key, `${exchange.name}.unrouted`);
  const at = design.layout?.[exchangeId];
  const added = addNode(design, 'rabbitmq-exchange', {
    name: `${exchange.name}.unrouted`,
    position: at ? { x: at.x + 320, y: at.y - 140 } : undefined,
    props: { vhost: exchange.vhost, type: 'fanout', cluster: exchange.cluster },
  });
  const linked = connect(added.design, exchangeId, added.id, 'alternate');
  if (!linked.ok) return design;
  return addParkingQueue(linked.design, added.id, '', `${exchange.name}.unrouted`);
}
