import { routingKeysOf, type Connection, type Design, type DesignNode } from '../design';
import { groupIdOf } from '../exporters/kafka-common';
import type { Difference } from './drift';
import { bindingName, rabbitName } from './rabbitmq-desired';

/**
 * Which part of a design a difference is about: the node (or, for a binding,
 * the connection) an audit named by its broker name (`topic orders`, `queue
 * vh/q`, `binding x>q:key`). The canvas marks it, and adopt and add work on
 * it. Names are matched as the exporters write them, so what the audit
 * compared is what is found.
 */

export interface DifferenceTarget {
  nodeId?: string;
  connectionId?: string;
}

function nodeNamed(design: Design, d: Difference): DesignNode | undefined {
  const name = d.resource.name;
  switch (d.resource.type) {
    case 'topic':
      return design.nodes.find((n) => n.kind === 'kafka-topic' && n.name === name);
    case 'queue':
      return design.nodes.find((n) => n.kind === 'rabbitmq-queue' && rabbitName(n.vhost, n.name) === name);
    case 'exchange':
      return design.nodes.find((n) => n.kind === 'rabbitmq-exchange' && rabbitName(n.vhost, n.name) === name);
    case 'group':
      return design.nodes.find((n) => n.kind === 'consumer-group' && groupIdOf(n as Parameters<typeof groupIdOf>[0]) === name);
    default:
      return undefined;
  }
}

/** A bind connection's broker names, as the audit writes them (`x>q:key`, one per routing key); none when it is not a RabbitMQ binding. */
export function bindConnectionNames(design: Design, c: Connection): string[] {
  if (c.kind !== 'bind') return [];
  const from = design.nodes.find((n) => n.id === c.from);
  const to = design.nodes.find((n) => n.id === c.to);
  if (from?.kind !== 'rabbitmq-exchange' || (to?.kind !== 'rabbitmq-queue' && to?.kind !== 'rabbitmq-exchange')) return [];
  const keys = routingKeysOf(c);
  return (keys.length > 0 ? keys : ['']).map((routingKey) => bindingName({ vhost: from.vhost, source: from.name, destination: to.name, routingKey }));
}

/** The exchange a binding's name starts from (`x>…`), for marking a binding the design lacks. */
function bindingSource(design: Design, name: string): DesignNode | undefined {
  return design.nodes.find((n) => n.kind === 'rabbitmq-exchange' && name.startsWith(`${rabbitName(n.vhost, n.name)}>`));
}

export function differenceTarget(design: Design, d: Difference): DifferenceTarget {
  if (d.resource.type === 'binding') {
    const connection = design.connections.find((c) => bindConnectionNames(design, c).includes(d.resource.name));
    if (connection) return { connectionId: connection.id, nodeId: connection.from };
    const source = bindingSource(design, d.resource.name);
    return source ? { nodeId: source.id } : {};
  }
  const node = nodeNamed(design, d);
  return node ? { nodeId: node.id } : {};
}

/** One key per difference, stable across audits: what "Keep design" remembers. */
export function differenceKey(d: Difference): string {
  return [d.kind, d.resource.type, d.resource.name, d.setting ?? ''].join('\u0000');
}
