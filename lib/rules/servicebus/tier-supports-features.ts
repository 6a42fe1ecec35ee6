import { clusterOf, updateDesign, type Design } from '../../design';
import { servicebusTier } from '../../brokers/servicebus/tier';
import { defineRule } from '../rule';
import type { ResolvedNode } from '../../brokers/resolved-design';

/** What a Basic namespace refuses, by what the node asks for; undefined when it asks for none of it. */
function basicTierRefuses(node: ResolvedNode): string | undefined {
  if (node.kind === 'servicebus-topic' || node.kind === 'servicebus-subscription') return 'topics and subscriptions';
  if (node.kind !== 'servicebus-queue') return undefined;
  if (node.requiresSession) return 'sessions';
  if (node.requiresDuplicateDetection) return 'duplicate detection';
  if (node.forwardTo) return 'auto-forwarding';
  return undefined;
}

/** `design` with cluster `id`'s tier raised to Standard, its other settings kept. */
function toStandard(design: Design, id: string): Design {
  return updateDesign(design, { clusters: design.clusters.map((c) => (c.id === id ? { ...c, config: { ...c.config, sku: 'Standard' } } : c)) });
}

export const tierSupportsFeatures = defineRule({
  meta: {
    id: 'servicebus/tier-supports-features',
    category: 'operability',
    severity: 'error',
    reads: ['servicebus-queue', 'servicebus-topic', 'servicebus-subscription'],
    scope: 'node',
    summary: 'A Basic Service Bus namespace has queues only: topics, subscriptions, sessions, duplicate detection and auto-forwarding need the Standard or Premium tier.',
    messages: {
      basic: '"{name}" needs {feature}, which the Basic tier of namespace "{namespace}" does not offer: the deployment is refused. Use the Standard or Premium tier.',
    },
  },
  check({ design, report }) {
    for (const node of design.nodes) {
      const feature = basicTierRefuses(node);
      const cluster = feature === undefined ? undefined : clusterOf(design, node);
      if (!cluster || cluster.broker !== 'servicebus' || servicebusTier(cluster) !== 'Basic') continue;
      report({
        target: { type: 'node', id: node.id },
        messageId: 'basic',
        data: { name: node.name, feature, namespace: cluster.name },
        fix: { label: `Move namespace "${cluster.name}" to the Standard tier`, apply: (d) => toStandard(d, cluster.id) },
      });
    }
  },
});
