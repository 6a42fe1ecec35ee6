import fc from 'fast-check';
import { hostileKey, hostileString, maybe, scalar } from '../arbitrary-primitives';
import { messageSchema, type KindArbitraries } from './shared';

/** Arbitrary settings of the RabbitMQ kinds. */
export const RABBITMQ_FIELDS: KindArbitraries<'rabbitmq-exchange' | 'rabbitmq-queue'> = {
  'rabbitmq-exchange': () =>
    fc.record(
      { vhost: hostileString(255), type: fc.constantFrom('direct', 'fanout', 'topic', 'headers'), durable: fc.boolean(), autoDelete: fc.boolean(), internal: fc.boolean(), messageSchema },
      { requiredKeys: [] },
    ),
  'rabbitmq-queue': () =>
    fc.record(
      {
        vhost: hostileString(255),
        type: fc.constantFrom('classic', 'quorum', 'stream'),
        durable: fc.boolean(),
        exclusive: fc.boolean(),
        autoDelete: fc.boolean(),
        arguments: fc.record(
          {
            'x-message-ttl': fc.integer({ min: 0, max: 2 ** 31 }),
            'x-max-length': fc.integer({ min: 0, max: 1e9 }),
            'x-overflow': fc.constantFrom('drop-head', 'reject-publish', 'reject-publish-dlx'),
            'x-delivery-limit': fc.integer({ min: -1, max: 100 }),
            'x-single-active-consumer': fc.boolean(),
            'x-max-age': fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('Y', 'M', 'D', 'h', 'm', 's')).map(([n, u]) => `${n}${u}`),
          },
          { requiredKeys: [] },
        ),
        policy: maybe(fc.dictionary(hostileKey(200), scalar, { maxKeys: 4 })),
        role: fc.constantFrom('normal', 'retry', 'dead-letter'),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
};
