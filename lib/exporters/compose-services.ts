import { artemisPart } from '../brokers/artemis/compose-part';
import type { ComposePart } from '../brokers/compose-part';
import { kafkaPart } from '../brokers/kafka/compose-part';
import { natsPart } from '../brokers/nats/compose-part';
import { pubsubEmulatorPart } from '../brokers/pubsub/compose-part';
import { pulsarPart } from '../brokers/pulsar/compose-part';
import { rabbitmqPart } from '../brokers/rabbitmq/compose-part';
import { redpandaPart } from '../brokers/redpanda/compose-part';
import { servicebusEmulatorPart } from '../brokers/servicebus/compose-part';
import { localstackPart } from '../brokers/sqs-sns/compose-part';
import type { Broker } from '../design';

/**
 * The docker-compose services of each broker, for a local stack of `nodes` nodes at a version, on host ports
 * handed out by the caller: each broker's part lives in its folder (`lib/brokers/<broker>/compose-part.ts`), with
 * its image and the release a design's version becomes. Keyed by broker, so a new broker without one fails to compile.
 */
export const PARTS: Record<Broker, ComposePart> = {
  kafka: kafkaPart,
  redpanda: redpandaPart,
  rabbitmq: rabbitmqPart,
  nats: natsPart,
  'sqs-sns': localstackPart,
  pulsar: pulsarPart,
  pubsub: pubsubEmulatorPart,
  artemis: artemisPart,
  servicebus: servicebusEmulatorPart,
};
