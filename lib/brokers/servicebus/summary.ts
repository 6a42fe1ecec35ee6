import { nodeById, outgoing, type GraphDesign } from '../../design';
import type { ResolvedServicebusQueue, ResolvedServicebusSubscription, ResolvedServicebusTopic } from './resolve';

/** What matters about a Service Bus entity at a glance (node-summary.ts). */
export const SERVICEBUS_SUMMARIES = {
  'servicebus-queue': (design: GraphDesign, node: ResolvedServicebusQueue) => receiverSummary(design, node),
  'servicebus-subscription': (design: GraphDesign, node: ResolvedServicebusSubscription) => receiverSummary(design, node),
  'servicebus-topic': (design: GraphDesign, node: ResolvedServicebusTopic) => {
    const n = outgoing(design, node.id, 'subscription').length;
    return [`${n} subscription${n === 1 ? '' : 's'}${node.requiresDuplicateDetection ? ' · duplicate detection' : ''}${node.enablePartitioning ? ' · partitioned' : ''}`];
  },
};

/** A queue and a subscription are read the same way: a lock, sessions, and a dead-letter queue after so many deliveries. */
function receiverSummary(design: GraphDesign, node: ResolvedServicebusQueue | ResolvedServicebusSubscription): string[] {
  const forward = outgoing(design, node.id, 'dead-letter')[0];
  const dlq = forward ? `dead letters → ${nodeById(design, forward.to)?.name ?? forward.to}` : 'own dead-letter queue';
  return [`lock ${node.lockDurationSeconds}s${node.requiresSession ? ' · sessions' : ''}${node.forwardTo ? ` · → ${node.forwardTo}` : ''}`, `${dlq} after ${node.maxDeliveryCount} deliveries`];
}
