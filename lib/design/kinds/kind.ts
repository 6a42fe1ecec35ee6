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
 * A node kind: its schema (with defaults), who it may connect to, and the
 * facts the editor and the rules need. One file per kind; the registry in
 * `index.ts` is the only list of them.
 */
export interface KindDefinition<Kind extends string = string, Schema extends z.ZodObject = z.ZodObject> {
  kind: Kind;
  label: string;
  /** One line for the palette and the docs. */
  description: string;
  /** The broker family this kind belongs to; `undefined` for services (producers, consumers). */
  broker?: Broker;
  /** Brokers whose clusters can host this kind (a Kafka topic also lives on Redpanda). */
  clusterBrokers: readonly Broker[];
  look: KindLook;
  schema: Schema;
  /** Outgoing connections this kind may start, by connection kind, to target kinds. */
  outgoing: Partial<Record<ConnectionKind, readonly string[]>>;
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

export function defineKind<Kind extends string, Schema extends z.ZodObject>(definition: KindDefinition<Kind, Schema>): KindDefinition<Kind, Schema> {
  return definition;
}
