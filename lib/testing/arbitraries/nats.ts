import fc from 'fast-check';
import { duration, hostileString } from '../arbitrary-primitives';
import type { KindArbitraries } from './shared';

/** Arbitrary settings of the NATS JetStream kinds. */
export const NATS_FIELDS: KindArbitraries<'nats-stream'> = {
  'nats-stream': () =>
    fc.record(
      {
        subjects: fc.array(hostileString(255), { maxLength: 4 }),
        retention: fc.constantFrom('limits', 'interest', 'workqueue'),
        storage: fc.constantFrom('file', 'memory'),
        num_replicas: fc.integer({ min: 1, max: 5 }),
        max_age: duration,
        duplicate_window: duration,
      },
      { requiredKeys: [] },
    ),
};
