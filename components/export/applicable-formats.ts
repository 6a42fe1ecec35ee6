import type { Broker, Design } from '@/lib/design';
import { kindDefinition } from '@/lib/design';
import type { Exporter } from '@/lib/exporters';

/**
 * The brokers whose nodes an export format writes; formats not listed here
 * carry any design (the design file, AsyncAPI, reports, the diagram).
 * docker-compose starts whichever brokers the design has, so it needs one.
 * (This belongs on `Exporter` itself as a `brokers` field; it lives here while
 * lib/exporters is being reworked elsewhere. The test beside it fails on an
 * exporter it does not know.)
 */
export const FORMAT_BROKERS: Readonly<Record<string, readonly Broker[] | 'any-broker' | 'any-design'>> = {
  'design-json': 'any-design',
  'design-yaml': 'any-design',
  asyncapi: 'any-design',
  'solution-brief-json': 'any-design',
  'solution-brief-yaml': 'any-design',
  'markdown-report': 'any-design',
  'diagram-svg': 'any-design',
  'docker-compose': 'any-broker',
  'rabbitmq-definitions': ['rabbitmq'],
  rabbitmqadmin: ['rabbitmq'],
  'terraform-rabbitmq': ['rabbitmq'],
  'nats-jetstream': ['nats'],
  'kafka-scripts': ['kafka'],
  'kafka-client-properties': ['kafka'],
  'kafka-connect': ['kafka'],
  strimzi: ['kafka'],
  'strimzi-v1beta2': ['kafka'],
  topicctl: ['kafka'],
  'julie-ops': ['kafka'],
  'terraform-kafka': ['kafka'],
  cloudformation: ['sqs-sns'],
  'terraform-pubsub': ['pubsub'],
  'gcloud-pubsub': ['pubsub'],
  'pulsar-admin': ['pulsar'],
  'terraform-pulsar': ['pulsar'],
  'artemis-broker-xml': ['artemis'],
  'terraform-servicebus': ['servicebus'],
  'bicep-servicebus': ['servicebus'],
};

/** The broker families of a design's nodes (a Kafka topic on a Redpanda cluster is Kafka: Kafka's tools write it). */
export function brokerFamilies(design: Pick<Design, 'nodes'>): Set<Broker> {
  const brokers = new Set<Broker>();
  for (const node of design.nodes) {
    const broker = kindDefinition(node.kind)?.broker;
    if (broker) brokers.add(broker);
  }
  return brokers;
}

/** The formats that apply to `design`, in `exporters`' order. A format this module does not know is listed (better shown than lost). */
export function applicableFormats<E extends Pick<Exporter, 'id'>>(exporters: readonly E[], design: Pick<Design, 'nodes'>): E[] {
  const brokers = brokerFamilies(design);
  return exporters.filter((e) => {
    const needs = FORMAT_BROKERS[e.id];
    if (needs === undefined || needs === 'any-design') return true;
    if (needs === 'any-broker') return brokers.size > 0;
    return needs.some((b) => brokers.has(b));
  });
}
