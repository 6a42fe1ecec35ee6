import type { Broker } from './cluster';
import type { Connection } from './connection';
import type { Design } from './design';
import { kindDefinition, type NodeKind } from './kinds';
import { brokersOfConnections } from './recommended';

/**
 * Which fields mean something where: a service's per-broker settings only for
 * the brokers it talks to, a connection's routing key only where RabbitMQ
 * routes it, a NATS subject only where a stream receives it. The inspector
 * shows these and hides the rest (the values stay in the design).
 */

/** A service's fields that only one broker reads, by field name. */
const BROKER_FIELDS: Partial<Record<NodeKind, Readonly<Record<string, Broker>>>> = {
  producer: { kafka: 'kafka', rabbitmq: 'rabbitmq', nats: 'nats', sqs: 'sqs-sns', pubsub: 'pubsub', artemis: 'artemis' },
  'consumer-group': { kafka: 'kafka', rabbitmq: 'rabbitmq', prefetch: 'rabbitmq', nats: 'nats', lambdaTimeoutSeconds: 'sqs-sns' },
};

/** The settings group of each Pub/Sub delivery type (pull has none). */
const PUBSUB_DELIVERY_CONFIG: Readonly<Record<string, string | undefined>> = { push: 'pushConfig', bigquery: 'bigqueryConfig', cloudStorage: 'cloudStorageConfig' };
const PUBSUB_DELIVERY_CONFIGS = ['pushConfig', 'bigqueryConfig', 'cloudStorageConfig'];

/** What the inspector shows of a node's broker-specific fields. */
export interface NodeFieldsShown {
  /** Top-level fields to leave out: settings of brokers the node does not talk to. */
  hidden: string[];
  /** The node has broker-specific fields but no connection to a channel yet: all are shown, with a hint. */
  unconnected: boolean;
}

/** The broker-specific fields of `nodeId` that mean nothing for the channels it is connected to. */
export function nodeFieldsShown(design: Pick<Design, 'nodes' | 'connections'>, nodeId: string): NodeFieldsShown {
  const node = design.nodes.find((n) => n.id === nodeId);
  // A Pub/Sub subscription delivers one way: the settings of the other delivery types mean nothing for it.
  if (node?.kind === 'pubsub-subscription') return { hidden: PUBSUB_DELIVERY_CONFIGS.filter((f) => f !== PUBSUB_DELIVERY_CONFIG[node.deliveryType]), unconnected: false };
  const fields = node ? BROKER_FIELDS[node.kind] : undefined;
  if (!node || !fields) return { hidden: [], unconnected: false };
  const ids = new Set([nodeId]);
  const near = design.connections.filter((c) => c.from === nodeId || c.to === nodeId);
  for (const c of near) ids.add(c.from === nodeId ? c.to : c.from);
  const brokers = brokersOfConnections(
    design.nodes.filter((n) => ids.has(n.id)),
    near,
  ).get(nodeId);
  if (!brokers || brokers.size === 0) return { hidden: [], unconnected: true };
  return { hidden: Object.keys(fields).filter((f) => !brokers.has(fields[f])), unconnected: false };
}

type EndKind = NodeKind | undefined;

/**
 * A connection's fields that mean something for its kind and the two nodes it
 * joins, in the order the schema lists them (`kind` and the ends are shown
 * apart). Notes always.
 */
export function connectionFieldsShown(connection: Pick<Connection, 'kind'>, fromKind: EndKind, toKind: EndKind): string[] {
  const toBroker = toKind ? kindDefinition(toKind)?.broker : undefined;
  const fields: string[] = [];
  switch (connection.kind) {
    case 'publish':
      // RabbitMQ routes a publish by its routing key (and a headers exchange by its headers); a NATS stream stores the subjects published to it.
      if (toKind === 'rabbitmq-exchange') fields.push('routingKey', 'routingKeys', 'arguments');
      if (toBroker === 'nats') fields.push('subject', 'subjects');
      break;
    case 'consume':
      if (fromKind === 'nats-stream') fields.push('advisory');
      if (fromKind === 'sns-topic') fields.push('protocol');
      break;
    case 'bind':
      fields.push('routingKey', 'routingKeys', 'arguments');
      break;
    case 'dead-letter':
      // A queue's x-dead-letter-routing-key; an SQS redrive policy's maxReceiveCount.
      if (fromKind === 'rabbitmq-queue') fields.push('routingKey');
      if (fromKind === 'sqs-queue') fields.push('maxReceiveCount');
      break;
    case 'subscription':
      // A Pub/Sub subscription keeps its filter and dead-letter policy on the subscription node itself.
      if (fromKind === 'sns-topic') fields.push('filterPolicy', 'rawMessageDelivery', 'deadLetterQueue', 'queuePolicyAllowsTopic');
      break;
    case 'alternate':
      break;
  }
  fields.push('notes');
  return fields;
}
