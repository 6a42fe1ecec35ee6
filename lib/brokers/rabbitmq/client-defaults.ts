import { CLIENTS, type Client, type Cluster } from '../../design';
import type { Resolved, SettingSource } from '../source';

/**
 * What a RabbitMQ publisher and consumer run with when the design leaves a
 * setting unset. AMQP clients publish without confirms and with transient
 * messages unless the code asks otherwise; Spring AMQP makes messages
 * persistent and prefetches 250. A service that names no client is read as
 * a plain AMQP 0-9-1 client (the Java client's behaviour).
 */

export interface RabbitmqPublisherDefaults {
  confirms: boolean;
  mandatory: boolean;
  persistent: boolean;
}

const DOCS = {
  confirms: 'https://www.rabbitmq.com/docs/confirms#publisher-confirms',
  persistence: 'https://www.rabbitmq.com/docs/publishers#message-properties',
  prefetch: 'https://www.rabbitmq.com/docs/consumer-prefetch',
  springAmqp: 'https://docs.spring.io/spring-amqp/reference/amqp/containerAttributes.html',
  queueType: 'https://www.rabbitmq.com/docs/vhosts#default-queue-type',
} as const;

function clientLabel(client: Client | undefined): string {
  if (!client) return 'AMQP client default (no client declared)';
  return `${CLIENTS[client.name].short}${client.version ? ` ${client.version}` : ''} default`;
}

export function rabbitmqPublisherDefaults(client: Client | undefined): { values: RabbitmqPublisherDefaults; source: SettingSource } {
  const spring = client?.name === 'spring-amqp';
  return {
    // Spring AMQP's MessageProperties default to MessageDeliveryMode.PERSISTENT.
    values: { confirms: false, mandatory: false, persistent: spring },
    source: { origin: 'client', label: clientLabel(client), url: spring ? DOCS.springAmqp : DOCS.confirms },
  };
}

/** Prefetch (basic.qos) when the consumer sets none: unlimited for AMQP clients, 250 for Spring AMQP containers. */
export function rabbitmqPrefetchDefault(client: Client | undefined): Resolved<number> {
  const spring = client?.name === 'spring-amqp';
  return { value: spring ? 250 : 0, source: { origin: 'client', label: clientLabel(client), url: spring ? DOCS.springAmqp : DOCS.prefetch } };
}

const QUEUE_TYPES = ['classic', 'quorum', 'stream'] as const;
export type RabbitmqQueueType = (typeof QUEUE_TYPES)[number];

/**
 * The type of a queue declared without x-queue-type: the cluster's
 * `default_queue_type` when it declares one, else classic.
 */
export function rabbitmqDefaultQueueType(cluster: Cluster | undefined): Resolved<RabbitmqQueueType> {
  const declared = cluster?.config.default_queue_type;
  const type = QUEUE_TYPES.find((t) => t === declared);
  if (type) return { value: type, source: { origin: 'cluster', label: `default_queue_type on cluster ${cluster!.name}` } };
  return { value: 'classic', source: { origin: 'broker', label: 'the RabbitMQ default', url: DOCS.queueType } };
}
