import { writtenSetting, writtenSettings } from '../brokers/resolve';
import { KAFKA_ASYNCAPI } from '../brokers/kafka/asyncapi';
import { NATS_ASYNCAPI } from '../brokers/nats/asyncapi';
import { RABBITMQ_ASYNCAPI } from '../brokers/rabbitmq/asyncapi';
import type { ResolvedNode } from '../brokers/resolved-design';
import type { Connection } from '../design';
import type { ExportError } from './exporter';
import { clientIdOf, groupIdOf } from './kafka-common';

/**
 * The AsyncAPI bindings the export writes: Kafka and AMQP on channels; Kafka
 * client and group ids, AMQP routing key, delivery mode, mandatory and ack,
 * and the NATS queue group on operations.
 */

type Obj = Record<string, unknown>;

const BINDING_KAFKA = KAFKA_ASYNCAPI.bindingVersion;
const BINDING_AMQP = RABBITMQ_ASYNCAPI.bindingVersion;
const NATS_BINDING = NATS_ASYNCAPI.bindingVersion;

export function channelBindings(node: ResolvedNode, errors: ExportError[]): Obj | undefined {
  switch (node.kind) {
    case 'kafka-topic': {
      // Only what the design sets: the rest is the broker's to decide.
      const config = writtenSettings(node, 'config', node.config);
      const topicConfiguration: Obj = {};
      if (config['cleanup.policy'] !== undefined) topicConfiguration['cleanup.policy'] = config['cleanup.policy'].split(',');
      for (const key of ['retention.ms', 'retention.bytes', 'delete.retention.ms', 'max.message.bytes'] as const) {
        if (config[key] !== undefined) topicConfiguration[key] = config[key];
      }
      const binding: Obj = { topic: node.name };
      const partitions = writtenSetting(node, 'partitions', node.partitions);
      const replicas = writtenSetting(node, 'replicationFactor', node.replicationFactor);
      if (partitions !== undefined) binding.partitions = partitions;
      if (replicas !== undefined) binding.replicas = replicas;
      if (Object.keys(topicConfiguration).length > 0) binding.topicConfiguration = topicConfiguration;
      return { kafka: { ...binding, bindingVersion: BINDING_KAFKA } };
    }
    case 'rabbitmq-exchange':
      if ([...node.name].length > 255) errors.push({ nodeId: node.id, message: `Exchange "${node.name.slice(0, 40)}…" has a name longer than 255 characters, which AMQP does not allow.` });
      return {
        amqp: {
          is: 'routingKey',
          exchange: { name: node.name, type: node.type, durable: node.durable, autoDelete: node.autoDelete, vhost: node.vhost },
          bindingVersion: BINDING_AMQP,
        },
      };
    case 'rabbitmq-queue':
      if ([...node.name].length > 255) errors.push({ nodeId: node.id, message: `Queue "${node.name.slice(0, 40)}…" has a name longer than 255 characters, which AMQP does not allow.` });
      return {
        amqp: {
          is: 'queue',
          queue: { name: node.name, durable: node.durable, exclusive: node.exclusive, autoDelete: node.autoDelete, vhost: node.vhost },
          bindingVersion: BINDING_AMQP,
        },
      };
    default:
      return undefined;
  }
}

export function operationBindings(connection: Connection, actor: ResolvedNode, channel: ResolvedNode, action: 'send' | 'receive'): Obj | undefined {
  if (channel.kind === 'kafka-topic') {
    if (action === 'receive' && actor.kind === 'consumer-group') {
      return { kafka: { groupId: { type: 'string', enum: [groupIdOf(actor)] }, clientId: { type: 'string', enum: [clientIdOf(actor)] }, bindingVersion: BINDING_KAFKA } };
    }
    if (actor.kind === 'producer' || actor.kind === 'consumer-group') return { kafka: { clientId: { type: 'string', enum: [clientIdOf(actor)] }, bindingVersion: BINDING_KAFKA } };
    return undefined;
  }
  if (channel.kind === 'rabbitmq-exchange' || channel.kind === 'rabbitmq-queue') {
    if (action === 'receive') return { amqp: { ack: actor.kind === 'consumer-group' ? actor.ackMode === 'manual' : true, bindingVersion: BINDING_AMQP } };
    const amqp: Obj = {};
    if (connection.routingKey !== undefined) amqp.cc = [connection.routingKey];
    if (actor.kind === 'producer') {
      amqp.deliveryMode = actor.rabbitmq.persistent ? 2 : 1;
      amqp.mandatory = actor.rabbitmq.mandatory;
    }
    amqp.bindingVersion = BINDING_AMQP;
    return { amqp };
  }
  if (channel.kind === 'nats-stream' && action === 'receive' && actor.kind === 'consumer-group' && actor.nats.deliver_group) {
    return { nats: { queue: actor.nats.deliver_group.slice(0, 255), bindingVersion: NATS_BINDING } };
  }
  return undefined;
}
