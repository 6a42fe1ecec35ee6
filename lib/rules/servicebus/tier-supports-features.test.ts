import { testRule } from '../rule-tester';
import { tierSupportsFeatures } from './tier-supports-features';

const namespace = (sku?: string) => ({ id: 'ns', name: 'orders-ns', broker: 'servicebus', ...(sku ? { config: { sku } } : {}) });

testRule(tierSupportsFeatures, {
  valid: [
    { name: 'plain queues on Basic', design: { clusters: [namespace('Basic')], nodes: [{ kind: 'servicebus-queue', id: 'q', cluster: 'ns', lockDurationSeconds: 30 }], connections: [] } },
    {
      name: 'a topic on Standard (and on a namespace that names no tier: Standard)',
      design: {
        clusters: [namespace('Standard'), { ...namespace(), id: 'ns2' }],
        nodes: [
          { kind: 'servicebus-topic', id: 't', cluster: 'ns' },
          { kind: 'servicebus-topic', id: 't2', cluster: 'ns2' },
        ],
        connections: [],
      },
    },
    { name: 'sessions on Premium', design: { clusters: [namespace('Premium')], nodes: [{ kind: 'servicebus-queue', id: 'q', cluster: 'ns', requiresSession: true }], connections: [] } },
  ],
  invalid: [
    {
      name: 'a topic and its subscription on Basic',
      design: {
        clusters: [namespace('Basic')],
        nodes: [
          { kind: 'servicebus-topic', id: 't', cluster: 'ns' },
          { kind: 'servicebus-subscription', id: 's', cluster: 'ns' },
        ],
        connections: [{ from: 't', to: 's' }],
      },
      findings: [
        { target: 's', messageIncludes: 'topics and subscriptions' },
        { target: 't', messageIncludes: '"t" needs topics and subscriptions, which the Basic tier of namespace "orders-ns"' },
      ],
    },
    {
      name: 'a session-aware queue on Basic',
      design: { clusters: [namespace('Basic')], nodes: [{ kind: 'servicebus-queue', id: 'q', cluster: 'ns', requiresSession: true }], connections: [] },
      findings: [{ target: 'q', messageIncludes: 'needs sessions' }],
    },
    {
      name: 'duplicate detection on Basic',
      design: { clusters: [namespace('Basic')], nodes: [{ kind: 'servicebus-queue', id: 'q', cluster: 'ns', requiresDuplicateDetection: true }], connections: [] },
      findings: [{ target: 'q', messageIncludes: 'needs duplicate detection' }],
    },
  ],
});
