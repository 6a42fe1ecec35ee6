import { testRule } from '../rule-tester';
import { exactlyOncePullOnly } from './exactly-once-pull-only';

const sub = (fields: Record<string, unknown>) => ({
  nodes: [
    { kind: 'pubsub-topic', id: 't' },
    { kind: 'pubsub-subscription', id: 's', ...fields },
  ],
  connections: [{ from: 't', to: 's' }],
});

testRule(exactlyOncePullOnly, {
  valid: [
    { name: 'a pull subscription with exactly-once', design: sub({ enableExactlyOnceDelivery: true }) },
    { name: 'a push subscription without exactly-once', design: sub({ deliveryType: 'push', pushConfig: { pushEndpoint: 'https://a.example/p' } }) },
  ],
  invalid: [
    {
      name: 'push with exactly-once: deliver by pull',
      design: sub({ deliveryType: 'push', enableExactlyOnceDelivery: true, pushConfig: { pushEndpoint: 'https://a.example/p' } }),
      findings: [{ target: 's', messageIncludes: 'is a push subscription' }],
      output: { nodes: { s: { deliveryType: 'pull', enableExactlyOnceDelivery: true } } },
    },
    {
      name: 'a BigQuery export with exactly-once: turned off',
      design: sub({ deliveryType: 'bigquery', enableExactlyOnceDelivery: true, bigqueryConfig: { table: 'p.d.t' } }),
      findings: [{ target: 's', messageIncludes: 'BigQuery export' }],
      output: { nodes: { s: { deliveryType: 'bigquery' } } },
    },
  ],
});
