import { testRule } from '../rule-tester';
import { pushEndpointAuthenticated } from './push-endpoint-authenticated';

const sub = (fields: Record<string, unknown>) => ({
  nodes: [
    { kind: 'pubsub-topic', id: 't' },
    { kind: 'pubsub-subscription', id: 's', ...fields },
  ],
  connections: [{ from: 't', to: 's' }],
});

testRule(pushEndpointAuthenticated, {
  valid: [
    { name: 'push with an OIDC service account', design: sub({ deliveryType: 'push', pushConfig: { pushEndpoint: 'https://a.example/p', oidcServiceAccountEmail: 'sa@p.iam.gserviceaccount.com' } }) },
    { name: 'pull needs no endpoint', design: sub({}) },
  ],
  invalid: [
    {
      name: 'push without authentication',
      design: sub({ deliveryType: 'push', pushConfig: { pushEndpoint: 'https://a.example/p' } }),
      findings: [{ target: 's', messageIncludes: 'without an OIDC token' }],
    },
    { name: 'push with no push settings yet', design: sub({ deliveryType: 'push' }), findings: [{ target: 's' }] },
  ],
});
