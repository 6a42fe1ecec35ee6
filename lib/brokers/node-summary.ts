import { nodeById, type Design, type DesignNode, type NodeKind } from '../design';
import { ARTEMIS_SUMMARIES } from './artemis/summary';
import { EVENTSOURCING_SUMMARIES } from './eventsourcing/summary';
import { KAFKA_CONNECT_SUMMARIES } from './kafka-connect/summary';
import { KAFKA_SUMMARIES } from './kafka/summary';
import { NATS_SUMMARIES } from './nats/summary';
import { PUBSUB_SUMMARIES } from './pubsub/summary';
import { PULSAR_SUMMARIES } from './pulsar/summary';
import { RABBITMQ_SUMMARIES } from './rabbitmq/summary';
import { resolveDesign } from './resolve';
import type { ResolvedDesign, ResolvedNodeOfKind } from './resolved-design';
import { SERVICEBUS_SUMMARIES } from './servicebus/summary';
import { SERVICE_SUMMARIES } from './services/summary';
import { SQS_SNS_SUMMARIES } from './sqs-sns/summary';

/** One summary per kind, joined from each broker's (`<broker>/summary.ts`); a kind left out does not compile. */
const SUMMARIES: { readonly [K in NodeKind]: (design: ResolvedDesign, node: ResolvedNodeOfKind<K>) => string[] } = {
  ...SERVICE_SUMMARIES,
  ...KAFKA_SUMMARIES,
  ...KAFKA_CONNECT_SUMMARIES,
  ...RABBITMQ_SUMMARIES,
  ...NATS_SUMMARIES,
  ...SQS_SNS_SUMMARIES,
  ...PUBSUB_SUMMARIES,
  ...ARTEMIS_SUMMARIES,
  ...PULSAR_SUMMARIES,
  ...SERVICEBUS_SUMMARIES,
  ...EVENTSOURCING_SUMMARIES,
};

/** What matters about a node at a glance, as short text facts (canvas, SVG export, reports): its effective settings. */
export function nodeSummary(document: Design, { id }: DesignNode): string[] {
  const design = resolveDesign(document);
  const node = nodeById(design, id);
  if (!node) return [];
  return (SUMMARIES[node.kind] as (design: ResolvedDesign, node: ResolvedNodeOfKind<NodeKind>) => string[])(design, node);
}
