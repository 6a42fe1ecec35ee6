import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';

export const pushEndpointAuthenticated = defineRule({
  meta: {
    id: 'pubsub/push-endpoint-authenticated',
    category: 'delivery',
    severity: 'warning',
    reads: ['pubsub-subscription'],
    scope: 'node',
    summary: 'A Pub/Sub push subscription should authenticate its requests with an OIDC token, so the endpoint can tell Pub/Sub from anyone else.',
    messages: {
      anonymous:
        'Push subscription "{subscription}" sends its requests without an OIDC token, so its endpoint must accept unauthenticated POSTs and cannot tell a message from Pub/Sub from a forged one.',
    },
  },
  check({ design, report }) {
    for (const subscription of nodesOfKind(design, 'pubsub-subscription')) {
      if (subscription.deliveryType !== 'push' || subscription.pushConfig?.oidcServiceAccountEmail !== undefined) continue;
      report({ target: { type: 'node', id: subscription.id }, messageId: 'anonymous', data: { subscription: subscription.name } });
    }
  },
});
