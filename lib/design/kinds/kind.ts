import type { z } from 'zod';
import type { Broker } from '../cluster';
import type { ConnectionKind } from '../connection';
import type { KindIcon } from './icon';

/**
 * How a kind looks wherever it is drawn (canvas, palette, minimap, SVG
 * export) and where the palette lists it.
 */
export interface KindLook {
  /** Accent colour (the node's left border, the minimap). */
  color: string;
  /** Services are pills, channels are cards: the shape tells them apart without colour. */
  shape: 'service' | 'channel';
  icon: KindIcon;
  /** The palette section; sections appear in the order their first kind has in the registry. */
  group: string;
}

/**
 * What a kind does with the messages sent to it, which the cross-broker rules read
 * (lib/rules/core/_channels.ts), so a new kind cannot be left out of them:
 * - `stores`: keeps each message until the consumers that read it directly take it (a Kafka topic, a queue, a
 *   NATS stream, a Pub/Sub, Service Bus or Pulsar subscription: each holds the backlog its consumers drain);
 * - `routes`: passes each message on to the nodes bound or subscribed to it, which keep it for their consumers
 *   (a RabbitMQ exchange, an SNS, Pub/Sub, Service Bus or Pulsar topic, an Artemis address); without any, no
 *   consumer ever receives what is published to it;
 * - `none`: not a broker's channel (producers, consumers, connectors, external systems, event stores, projections).
 */
export type ChannelBehaviour = 'stores' | 'routes' | 'none';

/**
 * A node kind: its schema (with defaults), who it may connect to, and the
 * facts the editor and the rules need. One file per kind; the registry in
 * `index.ts` is the only list of them.
 */
export interface KindDefinition<
  Kind extends string = string,
  Schema extends z.ZodObject = z.ZodObject,
  Channel extends ChannelBehaviour = ChannelBehaviour,
  ServicesPublish extends boolean = boolean,
  TakesDeadLetters extends boolean = boolean,
> {
  kind: Kind;
  label: string;
  /** One line for the palette and the docs. */
  description: string;
  /** The broker family this kind belongs to; `undefined` for services (producers, consumers). */
  broker?: Broker;
  /** Brokers whose clusters can host this kind (a Kafka topic also lives on Redpanda). */
  clusterBrokers: readonly Broker[];
  look: KindLook;
  /** What it does with messages (ChannelBehaviour): required, so the cross-broker rules' kind lists follow from it. */
  channel: Channel;
  schema: Schema;
  /**
   * Outgoing connections this kind may start, by connection kind, to target kinds, besides those the
   * target kinds offer services (`servicesPublish`, `takesDeadLettersFromConsumers`): read a kind's
   * every connection through `outgoingOf` (./service-targets).
   */
  outgoing: Partial<Record<ConnectionKind, readonly string[]>>;
  /**
   * For a channel: producers and consumer groups may publish to it (`PUBLISH_TARGETS`), so a new
   * channel kind says so in its own file rather than in theirs.
   */
  servicesPublish?: ServicesPublish;
  /** For a channel: a consumer group may dead-letter what it cannot process to it (`CONSUMER_DEAD_LETTER_TARGETS`). */
  takesDeadLettersFromConsumers?: TakesDeadLetters;
  /**
   * Settings a newly drawn node starts with, written explicitly so they show
   * as set: what an expert would choose, where the software's own default is
   * weaker (acks, replication, quorum queues). A design read from a file
   * gets none of these; what it leaves unset is the software's default.
   */
  recommended?: Partial<z.input<Schema>>;
  /** For services: the recommended settings of each broker they talk to, applied once they connect to its channels. */
  recommendedByBroker?: Partial<Record<Broker, Partial<z.input<Schema>>>>;
}

/** Keeps the literal kind, schema, channel behaviour and the services it takes from (`false` when unsaid), which the registries' types read. */
export function defineKind<Kind extends string, Schema extends z.ZodObject, Channel extends ChannelBehaviour, ServicesPublish extends boolean = false, TakesDeadLetters extends boolean = false>(
  definition: KindDefinition<Kind, Schema, Channel, ServicesPublish, TakesDeadLetters>,
): KindDefinition<Kind, Schema, Channel, ServicesPublish, TakesDeadLetters> {
  return definition;
}
