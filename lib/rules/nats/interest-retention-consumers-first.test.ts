import { testRule } from '../rule-tester';
import { interestRetentionConsumersFirst } from './interest-retention-consumers-first';

const api = { kind: 'producer', id: 'api' };
const stream = { kind: 'nats-stream', id: 'events', retention: 'interest' };

testRule(interestRetentionConsumersFirst, {
  valid: [
    {
      name: 'a durable consumer',
      design: {
        nodes: [api, stream, { kind: 'consumer-group', id: 'svc' }],
        connections: [
          { from: 'api', to: 'events' },
          { from: 'events', to: 'svc' },
        ],
      },
    },
    { name: 'limits retention without consumers (another rule)', design: { nodes: [api, { kind: 'nats-stream', id: 'events' }], connections: [{ from: 'api', to: 'events' }] } },
    {
      name: 'an at-most-once flow may drop what nobody listens to',
      design: { requirements: { delivery: 'at-most-once' }, nodes: [api, stream], connections: [{ from: 'api', to: 'events' }] },
    },
    { name: 'nobody publishes yet', design: { nodes: [stream] } },
    {
      name: 'a durable consumer created before publishers start',
      design: {
        nodes: [api, stream, { kind: 'consumer-group', id: 'svc', startsBeforePublishers: true }],
        connections: [
          { from: 'api', to: 'events' },
          { from: 'events', to: 'svc' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a durable consumer created after publishers start',
      design: {
        nodes: [api, stream, { kind: 'consumer-group', id: 'svc', startsBeforePublishers: false }],
        connections: [
          { from: 'api', to: 'events' },
          { from: 'events', to: 'svc' },
        ],
      },
      findings: [{ target: 'events', messageIncludes: '"svc" is created after publishers start' }],
    },
    {
      name: 'no consumers',
      design: { nodes: [api, stream], connections: [{ from: 'api', to: 'events' }] },
      findings: [{ target: 'events', messageIncludes: 'deleted immediately' }],
    },
    {
      name: 'only an ephemeral consumer',
      design: {
        nodes: [api, stream, { kind: 'consumer-group', id: 'svc', nats: { durable: false } }],
        connections: [
          { from: 'api', to: 'events' },
          { from: 'events', to: 'svc' },
        ],
      },
      findings: [{ target: 'events', messageIncludes: 'only ephemeral' }],
    },
  ],
});
