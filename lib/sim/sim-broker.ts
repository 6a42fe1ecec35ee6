import type { ResolvedNode, ResolvedNodeOfKind } from '../brokers/resolved-design';
import type { Connection, NodeKind } from '../design';
import type { PublishTargetKind } from '../design/kinds/service-targets';
import type { CompileContext } from './compile-context';

/**
 * What the simulation knows of one broker family (network-types.ts `Family`),
 * in that broker's own module (compile-<broker>.ts). SIM_BROKERS
 * (sim-brokers.ts) lists one per family, and the compiler's dispatchers
 * (stations by kind, publish targets by kind, dead-letter linking, redelivery)
 * are derived from it, so a new broker is its module and one entry there.
 */
export interface SimBroker<Stations extends StationCompilers = StationCompilers, Targets extends TargetFinders = TargetFinders> {
  /** The stations of each of its kinds that holds messages for consumers (what a station is: network-types.ts). */
  stations: Stations;
  /** For each of its kinds a service publishes to, the stations a message of one class reaches. */
  publishTargets: Targets;
  /** A connection's message classes (an emitter each) where they are not one class with the connection's routing keys. */
  messageClasses?: (ctx: CompileContext, channel: ResolvedNode, connection: Connection, ratePerSecond: number) => MessageClass[];
  /** Where a message goes after its last delivery (`redrive`, `maxDeliveries`), once every station exists. */
  linkDeadLetters?: (ctx: CompileContext) => void;
  redelivery: Redelivery;
  /**
   * Whether a publish that reaches no station is dropped with a note rather than kept by its channel
   * (Kafka, NATS, SQS) or counted as unroutable by the engine (RabbitMQ, SNS).
   */
  dropsUnroutedQuietly: boolean;
}

/** Who delivers a message again after its consumer failed on it (failure-handling.ts). */
export type Redelivery =
  /** The consumer retries in process (its retry settings), then dead-letters, requeues or skips it: Kafka, RabbitMQ, SNS. */
  | { by: 'consumer' }
  | {
      /** The broker, counting deliveries until the station's maxDeliveries, then its redrive. */
      by: 'broker';
      /** Why a message left its station after its last delivery, in the words of the broker's setting. */
      gaveUpReason: string;
      /**
       * What the broker does with what a crashed consumer held: deliver it again when the ack wait,
       * visibility timeout, ack deadline or lock expires (`on-timer`), or at once, as a closed
       * connection's unacked messages (`at-once`, like RabbitMQ).
       */
      afterCrash: 'on-timer' | 'at-once';
    };

/** A message class: what one emitter of a connection stands for. */
export interface MessageClass {
  /** Its routing keys (RabbitMQ routing and dead lettering). */
  routingKeys: string[];
  /** What sets it apart, also shown in the emitter's label: a RabbitMQ routing key, a NATS subject, an Artemis anycast queue. */
  selector?: string;
}

/** Station compilers by kind, each given its kind's resolved node. */
export type StationCompilers = { [K in NodeKind]?: (ctx: CompileContext, node: ResolvedNodeOfKind<K>) => void };

/** Target finders by publish target kind, each given its kind's resolved node. */
export type TargetFinders = { [K in PublishTargetKind]?: (ctx: CompileContext, channel: ResolvedNodeOfKind<K>, connection: Connection, cls: MessageClass) => number[] };

/** Keeps the kinds a broker names (so SIM_BROKERS can be checked for every kind) while checking the rest. */
export function defineSimBroker<Stations extends StationCompilers, Targets extends TargetFinders>(broker: SimBroker<Stations, Targets>): SimBroker<Stations, Targets> {
  return broker;
}
