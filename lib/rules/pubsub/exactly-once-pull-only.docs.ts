import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (deliveryType: string) => ({
  queuewright: 2,
  nodes: [
    { kind: 'pubsub-topic', id: 'payments' },
    {
      kind: 'pubsub-subscription',
      id: 'ledger',
      deliveryType,
      enableExactlyOnceDelivery: true,
      ...(deliveryType === 'push' ? { pushConfig: { pushEndpoint: 'https://ledger.example.com/push', oidcServiceAccountEmail: 'push@example.iam.gserviceaccount.com' } } : {}),
    },
    { kind: 'consumer-group', id: 'ledger-service' },
  ],
  connections: [
    { from: 'payments', to: 'ledger' },
    { from: 'ledger', to: 'ledger-service' },
  ],
});

/** The docs and examples of `pubsub/exactly-once-pull-only`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Exactly-once delivery in Pub/Sub means no redelivery of an acknowledged message and none while a message is outstanding, checked through acknowledgement ids the subscriber sees; Google documents it for pull subscriptions only (StreamingPull included): push, BigQuery and Cloud Storage subscriptions do not support it. A design that counts on the setting for a push or export subscription counts on a guarantee it does not have, and the duplicates it meant to exclude still arrive.',
  howToFix:
    'For a consumer service, pull with a client library that supports exactly-once (and acknowledge with its response-returning ack), as the fix does; for an export subscription, turn exactly-once off and make the destination idempotent (for example BigQuery rows keyed by message id).',
  sources: [PUBSUB_DOCS.exactlyOnce, PUBSUB_DOCS.subscriptionResource],
  examples: { failing: design('push'), passing: design('pull') },
};
