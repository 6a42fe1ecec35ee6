import type { Broker } from '../design';
import { artemisFamily } from './artemis';
import type { BrokerFamily } from './broker-family';
import { kafkaFamily } from './kafka';
import { natsFamily } from './nats';
import { pubsubFamily } from './pubsub';
import { pulsarFamily } from './pulsar';
import { rabbitmqFamily } from './rabbitmq';
import { servicebusFamily } from './servicebus';
import { sqsSnsFamily } from './sqs-sns';

/**
 * Every broker family, in the order they were added (the eval report's order; the export dialog lists their
 * formats in it). A new broker is a file beside these and one entry here: the export formats, the wizard's
 * brokers and the eval families are derived from this list.
 */
export const BROKER_FAMILIES = [kafkaFamily, rabbitmqFamily, natsFamily, sqsSnsFamily, pubsubFamily, artemisFamily, pulsarFamily, servicebusFamily] as const;

type FamilyBrokers<F> = F extends BrokerFamily<infer B, infer A> ? B | A : never;
/** The brokers of `brokerSchema` no family names; `never` when every one has a family. */
type BrokersWithoutFamily = Exclude<Broker, FamilyBrokers<(typeof BROKER_FAMILIES)[number]>>;
/** Fails to compile, naming the broker, when a broker of `brokerSchema` has no family (or no wizard entry in one). */
export const EVERY_BROKER_HAS_A_FAMILY: [BrokersWithoutFamily] extends [never] ? true : { brokerWithoutFamily: BrokersWithoutFamily } = true;
