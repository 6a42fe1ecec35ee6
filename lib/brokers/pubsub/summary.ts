import { msToDuration, outgoing, type GraphDesign, type NodeOfKind } from '../../design';
import type { ResolvedPubsubSubscription } from './resolve';

/** What matters about a Pub/Sub topic or subscription at a glance (node-summary.ts). */
export const PUBSUB_SUMMARIES = {
  'pubsub-topic': (design: GraphDesign, node: NodeOfKind<'pubsub-topic'>) => {
    const n = outgoing(design, node.id, 'subscription').length;
    return [`${n} subscription${n === 1 ? '' : 's'}${node.messageRetentionDuration ? ` · kept ${msToDuration(node.messageRetentionDuration * 1000)}` : ''}`];
  },
  'pubsub-subscription': (design: GraphDesign, node: ResolvedPubsubSubscription) => {
    const dlt = outgoing(design, node.id, 'dead-letter')[0];
    const flags = [node.enableMessageOrdering ? 'ordered' : '', node.enableExactlyOnceDelivery ? 'exactly-once' : ''].filter(Boolean).join(' · ');
    return [`${node.deliveryType} · ack ${node.ackDeadlineSeconds}s${flags ? ` · ${flags}` : ''}`, dlt ? `dead letters after ${node.maxDeliveryAttempts ?? 5} attempts` : 'no dead-letter topic'];
  },
};
