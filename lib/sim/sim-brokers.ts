import type { ResolvedNode } from '../brokers/resolved-design';
import type { Connection, KINDS } from '../design';
import type { PublishTargetKind } from '../design/kinds/service-targets';
import { artemisSim } from './compile-artemis';
import type { CompileContext } from './compile-context';
import { kafkaSim } from './compile-kafka';
import { natsSim } from './compile-nats';
import { pubsubSim } from './compile-pubsub';
import { pulsarSim } from './compile-pulsar';
import { rabbitmqSim } from './compile-rabbitmq';
import { servicebusSim } from './compile-servicebus';
import { snsSim, sqsSim } from './compile-sqs-sns';
import type { Family } from './network-types';
import type { MessageClass, SimBroker } from './sim-broker';

/**
 * Every broker family the simulation runs, each described in its own module
 * (sim-broker.ts): the one list the compiler's dispatchers below and the
 * engine's redelivery (broker-redelivery.ts) are derived from. Keyed by
 * `Family`, which follows `brokerSchema`, so a new broker fails to compile
 * until it has an entry; the checks below name a kind it leaves out. The
 * order is the order dead letters are linked in.
 */
export const SIM_BROKERS = {
  kafka: kafkaSim,
  rabbitmq: rabbitmqSim,
  nats: natsSim,
  sqs: sqsSim,
  sns: snsSim,
  artemis: artemisSim,
  pubsub: pubsubSim,
  pulsar: pulsarSim,
  servicebus: servicebusSim,
} as const satisfies { [F in Family]: SimBroker };

type SimBrokers = typeof SIM_BROKERS;
/** The kinds some broker names under `part`. */
type NamedKinds<Part extends 'stations' | 'publishTargets'> = { [F in Family]: keyof SimBrokers[F][Part] }[Family];
type StoringKind = Extract<(typeof KINDS)[number], { channel: 'stores' }>['kind'];

/** Fails to compile, naming the kind, when a kind that keeps messages for consumers (`channel: 'stores'`) has no stations. */
export const EVERY_STORING_KIND_HAS_STATIONS: [Exclude<StoringKind, NamedKinds<'stations'>>] extends [never] ? true : { kindWithoutStations: Exclude<StoringKind, NamedKinds<'stations'>> } = true;
/** Fails to compile, naming the kind, when a kind services publish to (`PUBLISH_TARGETS`) has no target finder. */
export const EVERY_PUBLISH_TARGET_IS_ROUTED: [Exclude<PublishTargetKind, NamedKinds<'publishTargets'>>] extends [never]
  ? true
  : { publishTargetWithoutTargets: Exclude<PublishTargetKind, NamedKinds<'publishTargets'>> } = true;

type StationCompiler = (ctx: CompileContext, node: ResolvedNode) => void;
type TargetFinder = (ctx: CompileContext, channel: ResolvedNode, connection: Connection, cls: MessageClass) => number[];

/** Each kind's entry in one part of the brokers, with its family; a kind two brokers name is a mistake said at load. */
function byKind<T>(part: (broker: SimBroker) => object): ReadonlyMap<string, { family: Family; entry: T }> {
  const out = new Map<string, { family: Family; entry: T }>();
  for (const [family, broker] of Object.entries(SIM_BROKERS) as Array<[Family, SimBroker]>) {
    for (const [kind, entry] of Object.entries(part(broker))) {
      const known = out.get(kind);
      if (known) throw new Error(`Simulation: kind ${kind} is named by both ${known.family} and ${family} (SIM_BROKERS, lib/sim/sim-brokers.ts)`);
      out.set(kind, { family, entry: entry as T });
    }
  }
  return out;
}

// Each compiler is typed by its kind's node in its broker's module; the node passed here is of that kind.
const STATIONS_BY_KIND = byKind<StationCompiler>((broker) => broker.stations);
const TARGETS_BY_KIND = byKind<TargetFinder>((broker) => broker.publishTargets);

/** The stations of one channel node, by its kind; nodes that hold no messages for consumers add none. */
export function addStationsOf(ctx: CompileContext, node: ResolvedNode): void {
  STATIONS_BY_KIND.get(node.kind)?.entry(ctx, node);
}

/** The family of a channel services publish to; undefined for anything else. */
export function familyOfPublishTarget(node: ResolvedNode): Family | undefined {
  return TARGETS_BY_KIND.get(node.kind)?.family;
}

/** The stations a message of one class published on `connection` into `channel` reaches. */
export function publishTargetsOf(ctx: CompileContext, channel: ResolvedNode, connection: Connection, cls: MessageClass): number[] {
  return TARGETS_BY_KIND.get(channel.kind)?.entry(ctx, channel, connection, cls) ?? [];
}

/** Where each station's messages go after their last delivery, broker by broker, once every station exists. */
export function linkDeadLetters(ctx: CompileContext): void {
  for (const broker of Object.values(SIM_BROKERS) as SimBroker[]) broker.linkDeadLetters?.(ctx);
}
