import { testRule } from '../rule-tester';
import { jetstreamPublishAck } from './jetstream-publish-ack';

const stream = { kind: 'nats-stream', id: 'orders' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(jetstreamPublishAck, {
  valid: [
    { name: 'JetStream publish (the default)', design: { nodes: [{ kind: 'producer', id: 'api' }, stream], connections: publish } },
    {
      name: 'core publish on an at-most-once flow',
      design: {
        nodes: [{ kind: 'producer', id: 'api', nats: { jetstreamPublish: false }, requirements: { delivery: 'at-most-once' } }, stream],
        connections: publish,
      },
    },
    {
      name: 'core publish flag on a producer that publishes only to Kafka',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', nats: { jetstreamPublish: false } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
  ],
  invalid: [
    {
      name: 'core publish on the default flow',
      design: { nodes: [{ kind: 'producer', id: 'api', nats: { jetstreamPublish: false } }, stream], connections: publish },
      findings: [{ target: 'api', messageIncludes: 'at-least-once' }],
      output: { nodes: { api: { nats: { jetstreamPublish: true, msgIdHeader: true } } } },
    },
  ],
});
