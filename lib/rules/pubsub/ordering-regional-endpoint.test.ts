import { testRule } from '../rule-tester';
import { orderingRegionalEndpoint } from './ordering-regional-endpoint';

const flow = (producer: Record<string, unknown>, ordered = true) => ({
  nodes: [
    { kind: 'producer', id: 'api', keyStrategy: 'entity-id', ...producer },
    { kind: 'pubsub-topic', id: 'events' },
    { kind: 'pubsub-subscription', id: 'reader', enableMessageOrdering: ordered },
  ],
  connections: [
    { from: 'api', to: 'events' },
    { from: 'events', to: 'reader' },
  ],
});

testRule(orderingRegionalEndpoint, {
  valid: [
    { name: 'a regional endpoint', design: flow({ pubsub: { endpoint: 'regional' } }) },
    { name: 'no subscription delivers in order', design: flow({}, false) },
    { name: 'no ordering key: pubsub/ordering-key-published speaks for it', design: flow({ keyStrategy: 'none' }) },
  ],
  invalid: [
    {
      name: 'the client’s global endpoint',
      design: flow({}),
      findings: [{ target: 'api', messageIncludes: 'through the global endpoint' }],
      output: { nodes: { api: { pubsub: { endpoint: 'regional' } } } },
    },
    { name: 'set to global explicitly', design: flow({ pubsub: { endpoint: 'global' } }), findings: [{ target: 'api' }], output: { nodes: { api: { pubsub: { endpoint: 'regional' } } } } },
  ],
});
