import { outgoing, type GraphDesign } from '../../design';
import type { ResolvedPulsarSubscription, ResolvedPulsarTopic } from './resolve';

/** What matters about a Pulsar topic or subscription at a glance (node-summary.ts). */
export const PULSAR_SUMMARIES = {
  'pulsar-topic': (design: GraphDesign, node: ResolvedPulsarTopic) => {
    const shape = node.partitions > 0 ? `${node.partitions} partitions` : 'non-partitioned';
    return [`${node.persistence} · ${shape}`, `${node.tenant}/${node.namespace}`];
  },
  'pulsar-subscription': (design: GraphDesign, node: ResolvedPulsarSubscription) => {
    const dlt = outgoing(design, node.id, 'dead-letter').length > 0 && node.maxRedeliverCount !== undefined;
    return [
      `${node.subscriptionType}${node.ackTimeoutMillis > 0 ? ` · ack timeout ${node.ackTimeoutMillis} ms` : ''}`,
      dlt ? `dead letters after ${node.maxRedeliverCount} redeliveries` : 'no dead letter policy',
    ];
  },
};
