import type { BrokerProfile, StartingDesignGenerator } from '../advisor';
import type { Broker } from '../design';
import type { Exporter } from '../exporters';
import type { Importer } from '../importers';
import type { Template } from '../templates';

/** What the requirements wizard knows of one broker: how it ranks it, and how it draws a starting design on it. */
export interface AdvisorEntry {
  profile: BrokerProfile;
  generate: StartingDesignGenerator;
}

/**
 * One broker family as the layers above lib/brokers see it: the formats that write its nodes and those it reads, its templates, the wizard's
 * profile and generator for each broker that runs it, and (by its broker's name) its labelled designs in
 * eval/corpus/<broker>/. Its facts (defaults, versions, limits) stay in lib/brokers/<broker>/, its kinds in
 * lib/design/kinds, its rules in lib/rules/<family>/; the shared tables above them derive from the list of
 * families (lib/families/index.ts), so a new broker is one file here and one line there. Every part is
 * required: a family without one does not compile.
 *
 * `B` is the broker its kinds belong to, `A` the brokers the wizard ranks with it (Kafka's family is also
 * ranked as Redpanda); the index checks at compile time that every broker of `brokerSchema` has one.
 */
export interface BrokerFamily<B extends Broker = Broker, A extends Broker = Broker> {
  /** The broker its kinds belong to (`KindDefinition.broker`), and the name of its eval corpus folder. */
  broker: B;
  /** The formats that write its nodes, in the export dialog's order; the dialog offers them for designs with its nodes. */
  exporters: readonly Exporter[];
  /** The formats of its tools that Queuewright reads (tried after the design file and AsyncAPI, in the families' order). */
  importers: readonly Importer[];
  /** Its worked examples for the gallery (a new family's come after the existing ones, before the exercise). */
  templates: readonly Template[];
  /** The wizard's entries, one per broker it runs on, in the order the wizard lists brokers of equal score. */
  advisor: Readonly<Record<A, AdvisorEntry>>;
}

/** Declares a broker family; the identity function, so the brokers it names keep their literal types for the index's check. */
export function defineBrokerFamily<B extends Broker, A extends Broker>(family: BrokerFamily<B, A>): BrokerFamily<B, A> {
  return family;
}
