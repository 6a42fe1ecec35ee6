import type { Cluster, RabbitmqQueueNode } from '../../design';
import { pick, type Resolvers, type SourceLog } from '../resolver';
import { rabbitmqDefaultQueueType, type RabbitmqQueueType } from './client-defaults';

/** A RabbitMQ queue's type as declared, else its cluster's default queue type (client-defaults.ts). */

export type ResolvedRabbitmqQueue = Omit<RabbitmqQueueNode, 'type'> & { type: RabbitmqQueueType };

function resolveRabbitmqQueue(node: RabbitmqQueueNode, sources: SourceLog, cluster: Cluster | undefined): ResolvedRabbitmqQueue {
  return { ...node, type: pick(node.type, rabbitmqDefaultQueueType(cluster), 'type', sources) };
}

export const RABBITMQ_RESOLVERS = {
  'rabbitmq-queue': resolveRabbitmqQueue,
} satisfies Resolvers;
