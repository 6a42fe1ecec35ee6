import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';

const DELIVERY = { push: 'push', bigquery: 'BigQuery export', cloudStorage: 'Cloud Storage export' } as const;

export const exactlyOncePullOnly = defineRule({
  meta: {
    id: 'pubsub/exactly-once-pull-only',
    category: 'delivery',
    severity: 'error',
    reads: ['pubsub-subscription'],
    scope: 'node',
    summary: 'Pub/Sub exactly-once delivery works on pull subscriptions only; push and export subscriptions do not support it.',
    messages: {
      notPull: 'Subscription "{subscription}" enables exactly-once delivery but is a {delivery} subscription, and only pull subscriptions support exactly-once delivery.',
    },
  },
  check({ design, report }) {
    for (const subscription of nodesOfKind(design, 'pubsub-subscription')) {
      if (!subscription.enableExactlyOnceDelivery || subscription.deliveryType === 'pull') continue;
      const { deliveryType } = subscription;
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'notPull',
        data: { subscription: subscription.name, delivery: DELIVERY[deliveryType] },
        // A push consumer can become a pull subscriber and keep the guarantee; an export has no subscriber code to change.
        fix:
          deliveryType === 'push'
            ? { label: 'Deliver by pull (the consumer pulls with a client library)', apply: (d) => updateNode(d, subscription.id, { deliveryType: 'pull', pushConfig: undefined }) }
            : { label: 'Turn exactly-once delivery off', apply: (d) => updateNode(d, subscription.id, { enableExactlyOnceDelivery: undefined }) },
      });
    }
  },
});
