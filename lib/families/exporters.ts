import type { Broker } from '../design';
import { LEADING_EXPORTERS, TRAILING_EXPORTERS, type Exporter } from '../exporters';
import { dockerComposeExporter } from '../exporters/docker-compose';
import { BROKER_FAMILIES } from './broker-families';
import { orderedBy } from './ordered-by';

/** The order the export dialog listed the families' formats in before the families; a family not named here follows them. */
const DIALOG_ORDER: readonly Broker[] = ['rabbitmq', 'nats', 'artemis', 'kafka', 'sqs-sns', 'pubsub', 'pulsar', 'servicebus'];
const IN_DIALOG_ORDER = orderedBy(BROKER_FAMILIES, (family) => family.broker, DIALOG_ORDER);

/**
 * Every export format, in the order the export dialog lists them: the design's own formats, then each broker
 * family's, then docker-compose, the briefs, the report and the diagram.
 */
export const EXPORTERS: readonly Exporter[] = [...LEADING_EXPORTERS, ...IN_DIALOG_ORDER.flatMap((family) => family.exporters), ...TRAILING_EXPORTERS];

export function exporterById(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}

/** The brokers whose nodes a format writes, or: it writes any design with a broker's nodes, or any design at all. */
export type FormatBrokers = readonly Broker[] | 'any-broker' | 'any-design';

/**
 * What each format needs of a design to apply, derived from who declares it: a family's formats write its
 * broker's nodes; docker-compose starts whichever brokers the design has, so it needs one; the rest carry any
 * design (the design file, AsyncAPI, the briefs, the report, the diagram).
 */
export const FORMAT_BROKERS: Readonly<Record<string, FormatBrokers>> = Object.fromEntries([
  ...LEADING_EXPORTERS.map((e) => [e.id, 'any-design'] as const),
  ...BROKER_FAMILIES.flatMap((family) => family.exporters.map((e) => [e.id, [family.broker]] as const)),
  ...TRAILING_EXPORTERS.map((e) => [e.id, e === dockerComposeExporter ? 'any-broker' : 'any-design'] as const),
]);
