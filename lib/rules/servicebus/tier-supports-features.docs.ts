import type { RuleDocs } from '../rule-docs';
import { SERVICEBUS_DOCS } from './_sources';

const design = (sku: string) => ({
  queuewright: 2,
  clusters: [{ id: 'ns', name: 'shop-ns', broker: 'servicebus', config: { sku } }],
  nodes: [
    { kind: 'producer', id: 'orders-api' },
    { kind: 'servicebus-topic', id: 'order-events', cluster: 'ns' },
    { kind: 'servicebus-subscription', id: 'billing', cluster: 'ns' },
    { kind: 'consumer-group', id: 'billing-service' },
  ],
  connections: [
    { from: 'orders-api', to: 'order-events' },
    { from: 'order-events', to: 'billing' },
    { from: 'billing', to: 'billing-service' },
  ],
});

/** The docs and examples of `servicebus/tier-supports-features`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A Service Bus namespace is created in the Basic, Standard or Premium tier. Basic offers queues only: topics and subscriptions, message sessions, duplicate detection and auto-forwarding (ForwardTo) are Standard and Premium features, so Azure refuses to create them in a Basic namespace and the deployment fails.',
  howToFix:
    "Create the namespace in the Standard tier (or Premium, for dedicated capacity and larger messages): ARM sku.name, Terraform sku. In the design, set the cluster's config.sku; a namespace can be moved from Basic to Standard in place.",
  sources: [SERVICEBUS_DOCS.tiers, SERVICEBUS_DOCS.quotas, SERVICEBUS_DOCS.enableSessions],
  examples: { failing: design('Basic'), passing: design('Standard') },
};
