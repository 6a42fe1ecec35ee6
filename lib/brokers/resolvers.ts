import { ARTEMIS_RESOLVERS } from './artemis/resolve';
import { KAFKA_RESOLVERS } from './kafka/resolve';
import { NATS_RESOLVERS } from './nats/resolve';
import { PUBSUB_RESOLVERS } from './pubsub/resolve';
import { PULSAR_RESOLVERS } from './pulsar/resolve';
import { RABBITMQ_RESOLVERS } from './rabbitmq/resolve';
import type { Resolvers } from './resolver';
import { SERVICEBUS_RESOLVERS } from './servicebus/resolve';
import { SERVICE_RESOLVERS } from './services/resolve';
import { SQS_SNS_RESOLVERS } from './sqs-sns/resolve';

/**
 * Every kind's resolver, joined from each broker's table (`<broker>/resolve.ts`)
 * and the services' (producers and consumer groups run clients of several
 * brokers). A kind with no resolver has no setting the software fills: it
 * resolves to itself. `resolve.ts` runs these; `resolved-design.ts` derives
 * the resolved node types from their return types. broker-tables.test.ts finds every
 * broker's table and checks that it is joined here and owns its kinds alone.
 */
export const RESOLVERS = {
  ...SERVICE_RESOLVERS,
  ...KAFKA_RESOLVERS,
  ...RABBITMQ_RESOLVERS,
  ...NATS_RESOLVERS,
  ...SQS_SNS_RESOLVERS,
  ...PUBSUB_RESOLVERS,
  ...ARTEMIS_RESOLVERS,
  ...PULSAR_RESOLVERS,
  ...SERVICEBUS_RESOLVERS,
} satisfies Resolvers;
