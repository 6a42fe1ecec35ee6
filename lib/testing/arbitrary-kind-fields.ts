import type fc from 'fast-check';
import type { NodeKind } from '../design';
import { ARTEMIS_FIELDS } from './arbitraries/artemis';
import { EVENTSOURCING_FIELDS } from './arbitraries/eventsourcing';
import { KAFKA_FIELDS } from './arbitraries/kafka';
import { NATS_FIELDS } from './arbitraries/nats';
import { PUBSUB_FIELDS } from './arbitraries/pubsub';
import { PULSAR_FIELDS } from './arbitraries/pulsar';
import { RABBITMQ_FIELDS } from './arbitraries/rabbitmq';
import { SERVICEBUS_FIELDS } from './arbitraries/servicebus';
import { SERVICES_FIELDS } from './arbitraries/services';
import type { KindArbitraries } from './arbitraries/shared';
import { SQS_SNS_FIELDS } from './arbitraries/sqs-sns';

/**
 * Kind-specific fields, drawn widely but within each schema's bounds, one
 * entry per kind from each family's table (`arbitraries/<family>.ts`): the
 * type requires every kind, so a new kind without its arbitrary does not
 * compile.
 */
export const KIND_FIELDS: KindArbitraries<NodeKind> = {
  ...SERVICES_FIELDS,
  ...KAFKA_FIELDS,
  ...RABBITMQ_FIELDS,
  ...NATS_FIELDS,
  ...SQS_SNS_FIELDS,
  ...PUBSUB_FIELDS,
  ...PULSAR_FIELDS,
  ...SERVICEBUS_FIELDS,
  ...ARTEMIS_FIELDS,
  ...EVENTSOURCING_FIELDS,
};

/** The fields of a node of `kind`. */
export const kindFields = (kind: NodeKind): fc.Arbitrary<Record<string, unknown>> => KIND_FIELDS[kind]();
