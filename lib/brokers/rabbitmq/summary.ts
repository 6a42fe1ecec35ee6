import { nodeById, outgoing, type GraphDesign, type NodeOfKind } from '../../design';
import type { ResolvedRabbitmqQueue } from './resolve';

/** What matters about a RabbitMQ exchange or queue at a glance (node-summary.ts). */
export const RABBITMQ_SUMMARIES = {
  'rabbitmq-exchange': (design: GraphDesign, node: NodeOfKind<'rabbitmq-exchange'>) => [`${node.type}${node.durable ? ' · durable' : ' · transient'}${node.internal ? ' · internal' : ''}`],
  'rabbitmq-queue': (design: GraphDesign, node: ResolvedRabbitmqQueue) => {
    const dlx = outgoing(design, node.id, 'dead-letter')[0];
    const dlxName = dlx ? (nodeById(design, dlx.to)?.name ?? dlx.to) : undefined;
    return [`${node.type}${node.durable ? ' · durable' : ' · transient'}`, dlxName ? `DLX → ${dlxName}` : 'no DLX'];
  },
};
