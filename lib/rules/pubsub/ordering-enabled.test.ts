import { testRule } from '../rule-tester';
import { orderingEnabled } from './ordering-enabled';

const flow = (ordering: string, fields: Record<string, unknown> = {}) => ({
  requirements: { ordering },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'pubsub-topic', id: 't' },
    { kind: 'pubsub-subscription', id: 's', ...fields },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 't' },
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(orderingEnabled, {
  valid: [
    { name: 'ordering enabled on a per-key flow', design: flow('per-key', { enableMessageOrdering: true }) },
    { name: 'a flow that needs no ordering', design: flow('none') },
    { name: 'a BigQuery export: rows carry their own time, nothing consumes in order', design: flow('per-key', { deliveryType: 'bigquery', bigqueryConfig: { table: 'p.d.t' } }) },
    {
      name: 'the subscription of a dead-letter topic',
      design: {
        requirements: { ordering: 'per-key' },
        nodes: [...flow('per-key', { enableMessageOrdering: true }).nodes, { kind: 'pubsub-topic', id: 'dlt', role: 'dead-letter' }, { kind: 'pubsub-subscription', id: 'dlt-sub' }],
        connections: [...flow('per-key').connections, { from: 's', to: 'dlt', kind: 'dead-letter' as const }, { from: 'dlt', to: 'dlt-sub' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a per-key flow through a subscription without ordering',
      design: flow('per-key'),
      findings: [{ target: 's', messageIncludes: 'needs per-key ordering' }],
      output: { nodes: { s: { enableMessageOrdering: true } } },
    },
    {
      name: 'ordering switched off explicitly on a strictly ordered flow',
      design: flow('strict', { enableMessageOrdering: false, deliveryType: 'push', pushConfig: { pushEndpoint: 'https://x.example/p' } }),
      findings: [{ target: 's', messageIncludes: 'needs strict ordering' }],
      output: { nodes: { s: { enableMessageOrdering: true } } },
    },
  ],
});
