import type { ServicebusQueueNode, ServicebusSubscriptionNode, ServicebusTopicNode } from '../../design';
import { fill, type Resolvers, type SourceLog } from '../resolver';
import { SERVICEBUS_RECEIVER_DEFAULTS, SERVICEBUS_SENDER_ENTITY_DEFAULTS, SERVICEBUS_SUBSCRIPTION_DEFAULTS, type ServicebusReceiverDefaults, type ServicebusSenderEntityDefaults } from './defaults';

/**
 * Service Bus entities as the namespace creates them (defaults.ts): a queue
 * both receives (lock, deliveries, sessions) and is sent to (duplicate
 * detection, partitioning), a topic is sent to, a subscription receives.
 */

export type ResolvedServicebusQueue = Omit<ServicebusQueueNode, keyof ServicebusReceiverDefaults | keyof ServicebusSenderEntityDefaults> & ServicebusReceiverDefaults & ServicebusSenderEntityDefaults;
export type ResolvedServicebusTopic = Omit<ServicebusTopicNode, keyof ServicebusSenderEntityDefaults> & ServicebusSenderEntityDefaults;
export type ResolvedServicebusSubscription = Omit<ServicebusSubscriptionNode, keyof ServicebusReceiverDefaults | 'deadLetteringOnFilterEvaluationExceptions'> &
  ServicebusReceiverDefaults & { deadLetteringOnFilterEvaluationExceptions: boolean };

const RECEIVER = SERVICEBUS_RECEIVER_DEFAULTS;
const SENDER_ENTITY = SERVICEBUS_SENDER_ENTITY_DEFAULTS;
const SUBSCRIPTION = SERVICEBUS_SUBSCRIPTION_DEFAULTS;

function resolveServicebusQueue(node: ServicebusQueueNode, sources: SourceLog): ResolvedServicebusQueue {
  return fill(fill(node, RECEIVER.values, RECEIVER.source, '', sources), SENDER_ENTITY.values, SENDER_ENTITY.source, '', sources);
}

function resolveServicebusTopic(node: ServicebusTopicNode, sources: SourceLog): ResolvedServicebusTopic {
  return fill(node, SENDER_ENTITY.values, SENDER_ENTITY.source, '', sources);
}

function resolveServicebusSubscription(node: ServicebusSubscriptionNode, sources: SourceLog): ResolvedServicebusSubscription {
  return fill(fill(node, RECEIVER.values, RECEIVER.source, '', sources), SUBSCRIPTION.values, SUBSCRIPTION.source, '', sources);
}

export const SERVICEBUS_RESOLVERS = {
  'servicebus-queue': resolveServicebusQueue,
  'servicebus-topic': resolveServicebusTopic,
  'servicebus-subscription': resolveServicebusSubscription,
} satisfies Resolvers;
