import { testRule } from '../rule-tester';
import { deadLetterExpired } from './dead-letter-expired';

const queue = (fields: Record<string, unknown>) => ({
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'servicebus-queue', id: 'q', ...fields },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 'q' },
    { from: 'q', to: 'c' },
  ],
});
const topic = (topicTtl: number, fields: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'servicebus-topic', id: 't', defaultMessageTimeToLiveSeconds: topicTtl },
    { kind: 'servicebus-subscription', id: 's', ...fields },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(deadLetterExpired, {
  valid: [
    { name: 'messages that never expire (no TTL anywhere)', design: queue({}) },
    { name: 'a TTL with dead-lettering on expiration', design: queue({ defaultMessageTimeToLiveSeconds: 3600, deadLetteringOnMessageExpiration: true }) },
    { name: 'a dead-letter queue that lets old dead letters go', design: queue({ defaultMessageTimeToLiveSeconds: 1_209_600, role: 'dead-letter' }) },
    { name: 'a subscription that dead-letters what its topic expires', design: topic(600, { deadLetteringOnMessageExpiration: true }) },
  ],
  invalid: [
    {
      name: 'a one-hour TTL that drops expired orders',
      design: queue({ defaultMessageTimeToLiveSeconds: 3600 }),
      findings: [{ target: 'q', messageIncludes: '"q" gives messages a 1h time to live' }],
      output: { nodes: { q: { deadLetteringOnMessageExpiration: true } } },
    },
    {
      name: "a subscription under a topic's 10 minute TTL",
      design: topic(600),
      findings: [{ target: 's', messageIncludes: 'a 10m time to live' }],
      output: { nodes: { s: { deadLetteringOnMessageExpiration: true } } },
    },
  ],
});
