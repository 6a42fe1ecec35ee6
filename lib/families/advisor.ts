import { rankBrokers as rankBrokersOf, startingDesign, type BrokerProfile, type BrokerRanking, type MessagingRequest } from '../advisor';
import type { Broker, Design } from '../design';
import type { AdvisorEntry } from './broker-family';
import { BROKER_FAMILIES } from './broker-families';
import { orderedBy } from './ordered-by';

/**
 * The order the wizard listed brokers of equal score in before the families (ties are common: it decides the
 * first choice for about one request in twenty). A broker not named here follows them, in the families' order.
 */
const TIE_ORDER: readonly Broker[] = ['kafka', 'redpanda', 'pulsar', 'rabbitmq', 'artemis', 'nats', 'sqs-sns', 'pubsub', 'servicebus'];

const ENTRIES = orderedBy(
  BROKER_FAMILIES.flatMap((family) => Object.entries(family.advisor) as Array<[Broker, AdvisorEntry]>),
  ([broker]) => broker,
  TIE_ORDER,
);

/** The brokers the requirements wizard ranks, in the order it lists brokers of equal score. */
export const ADVISOR_BROKERS: readonly Broker[] = ENTRIES.map(([broker]) => broker);

/** Each broker's profile; every broker has one (lib/families/index.ts checks that every broker has a family). */
export const BROKER_PROFILES = Object.fromEntries(ENTRIES.map(([broker, entry]) => [broker, entry.profile])) as Readonly<Record<Broker, BrokerProfile>>;

const GENERATORS = Object.fromEntries(ENTRIES.map(([broker, entry]) => [broker, entry.generate])) as Readonly<Record<Broker, AdvisorEntry['generate']>>;

/** The wizard's brokers ranked for `request`, best first (lib/advisor/rank-brokers.ts). */
export function rankBrokers(request: MessagingRequest): BrokerRanking[] {
  return rankBrokersOf(
    request,
    ADVISOR_BROKERS.map((broker) => BROKER_PROFILES[broker]),
  );
}

/** A starting design for `request` on `broker`, drawn by the broker family's generator and laid out. */
export function generateStartingDesign(request: MessagingRequest, broker: Broker): Design {
  return startingDesign(request, broker, GENERATORS[broker]);
}
