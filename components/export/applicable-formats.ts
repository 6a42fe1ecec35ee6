import type { Broker, Design } from '@/lib/design';
import { kindDefinition } from '@/lib/design';
import type { Exporter } from '@/lib/exporters';
import { FORMAT_BROKERS } from '@/lib/families';

/** The broker families of a design's nodes (a Kafka topic on a Redpanda cluster is Kafka: Kafka's tools write it). */
export function brokerFamilies(design: Pick<Design, 'nodes'>): Set<Broker> {
  const brokers = new Set<Broker>();
  for (const node of design.nodes) {
    const broker = kindDefinition(node.kind)?.broker;
    if (broker) brokers.add(broker);
  }
  return brokers;
}

/** The formats that apply to `design`, in `exporters`' order. A format FORMAT_BROKERS (lib/families/exporters.ts) does not know is listed (better shown than lost). */
export function applicableFormats<E extends Pick<Exporter, 'id'>>(exporters: readonly E[], design: Pick<Design, 'nodes'>): E[] {
  const brokers = brokerFamilies(design);
  return exporters.filter((e) => {
    const needs = FORMAT_BROKERS[e.id];
    if (needs === undefined || needs === 'any-design') return true;
    if (needs === 'any-broker') return brokers.size > 0;
    return needs.some((b) => brokers.has(b));
  });
}
