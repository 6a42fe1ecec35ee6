import fc from 'fast-check';
import { duration, hostileString } from '../arbitrary-primitives';
import type { KindArbitraries } from './shared';

/** Arbitrary settings of the services: producers and consumer groups, with some of their client settings for each broker. */
export const SERVICES_FIELDS: KindArbitraries<'producer' | 'consumer-group'> = {
  producer: () =>
    fc.record(
      {
        instances: fc.integer({ min: 1, max: 100 }),
        publishRate: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
        keyStrategy: fc.constantFrom('none', 'entity-id', 'random'),
        retryHorizon: duration,
        kafka: fc.record({ acks: fc.constantFrom('all', '-1', '0', '1'), 'transactional.id': hostileString(100) }, { requiredKeys: [] }),
        rabbitmq: fc.record({ confirms: fc.boolean(), mandatory: fc.boolean(), persistent: fc.boolean() }, { requiredKeys: [] }),
        requirements: fc.record({ delivery: fc.constantFrom('at-most-once', 'at-least-once', 'exactly-once'), latencyMs: fc.integer({ min: 0, max: 10_000 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  'consumer-group': () =>
    fc.record(
      {
        groupId: hostileString(255),
        instances: fc.integer({ min: 1, max: 100 }),
        ackMode: fc.constantFrom('auto', 'manual'),
        prefetch: fc.integer({ min: 0, max: 10_000 }),
        retry: fc.record({ maxRetries: fc.integer({ min: 0, max: 10 }), backoff: fc.array(fc.constantFrom('1s', '250ms', '5m', '1h'), { maxLength: 3 }) }),
        nats: fc.record({ deliver_group: hostileString(255), filter_subjects: fc.array(hostileString(255), { maxLength: 3 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
};
