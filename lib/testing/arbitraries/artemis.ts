import fc from 'fast-check';
import { hostileString } from '../arbitrary-primitives';
import { messageSchema, type KindArbitraries } from './shared';

/** Arbitrary settings of the Apache ActiveMQ Artemis kinds. */
export const ARTEMIS_FIELDS: KindArbitraries<'artemis-address' | 'artemis-queue'> = {
  'artemis-address': () =>
    fc.record(
      {
        routingType: fc.constantFrom('anycast', 'multicast'),
        settings: fc.record(
          {
            'max-delivery-attempts': fc.integer({ min: -1, max: 1000 }),
            'redelivery-delay': fc.integer({ min: 0, max: 3_600_000 }),
            'redelivery-delay-multiplier': fc.double({ min: 1, max: 100, noNaN: true }),
            'expiry-address': hostileString(255).filter((s) => s.length > 0),
            'address-full-policy': fc.constantFrom('PAGE', 'BLOCK', 'DROP', 'FAIL'),
            'max-size-bytes': fc.integer({ min: -1, max: 2 ** 40 }),
            'default-last-value-queue': fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
  'artemis-queue': () =>
    fc.record(
      {
        durable: fc.boolean(),
        filter: hostileString(200).filter((s) => s.length > 0),
        exclusive: fc.boolean(),
        'last-value-key': hostileString(255).filter((s) => s.length > 0),
        'max-consumers': fc.integer({ min: -1, max: 100 }),
        role: fc.constantFrom('normal', 'retry', 'dead-letter'),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
};
