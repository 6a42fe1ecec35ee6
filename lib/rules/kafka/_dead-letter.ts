import { addNode, connect, indexGraph, nodesOfKind, patchNode, updateNode, type Design, type GraphDesign } from '../../design';
import { deadLetterToReuse, pipelineOf } from '../queries/dead-letter-to-reuse';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';

/**
 * Adds a dead-letter topic for `source` and connects `group` to it. Kafka has
 * no broker-side DLQ: the consumer (or Kafka Connect) writes failed records to
 * an ordinary topic, which must be at least as durable and keep data at least
 * as long as the source, since it often holds the only remaining copy.
 */
export function addDeadLetterTopic(design: Design, group: ResolvedConsumerGroup, source: ResolvedKafkaTopic, own = false): Design {
  // Unless the group wants its own, share a dead-letter topic that already serves this pipeline rather than add a twin.
  const shared = pipelineDeadLetterTopicName(design, source);
  const existing = existingDeadLetterTopic(design, source, shared);
  const name = own && existing ? ownDeadLetterTopicName(source, group) : shared;
  if (existing && !own) {
    const connected = connect(design, group.id, existing.id, 'dead-letter');
    return connected.ok ? asDurableAs(connected.design, existing, source) : design;
  }
  const position = design.layout?.[source.id];
  const retention = source.config['retention.ms'];
  const { design: withTopic, id } = addNode(design, 'kafka-topic', {
    name,
    position: position ? { x: position.x, y: position.y + 160 } : undefined,
    props: {
      role: 'dead-letter',
      partitions: source.partitions,
      replicationFactor: source.replicationFactor,
      config: {
        'min.insync.replicas': source.config['min.insync.replicas'],
        'cleanup.policy': 'delete',
        // At least the source's retention, and never below Kafka's 7-day default: dead letters wait for a human.
        'retention.ms': retention === -1 ? -1 : Math.max(retention, 604_800_000),
      },
      messageSchema: source.messageSchema,
      // Nobody notices a dead letter nobody is alerted about.
      depthAlert: true,
    },
  });
  // addNode puts the topic on the first Kafka-capable cluster (creating one if needed); keep it beside its source.
  const placed =
    source.cluster === undefined
      ? { ...withTopic, clusters: design.clusters, nodes: withTopic.nodes.map((n) => (n.id === id ? stripCluster(n) : n)) }
      : updateNode(withTopic, id, { cluster: source.cluster });
  const connected = connect(placed, group.id, id, 'dead-letter');
  return connected.ok ? connected.design : placed;
}

/**
 * The dead-letter topic to reuse for `source`: one another reader of it
 * already uses, else the pipeline's dead-letter topic on its cluster
 * (deadLetterToReuse), else a dead-letter topic named `name`.
 */
export function existingDeadLetterTopic<D extends GraphDesign>(design: D, source: { id: string }, name: string): Extract<D['nodes'][number], { kind: 'kafka-topic' }> | undefined {
  const graph = indexGraph(design);
  for (const consume of graph.outgoing.get(source.id) ?? []) {
    if (consume.kind !== 'consume') continue;
    for (const c of graph.outgoing.get(consume.to) ?? []) {
      const target = c.kind === 'dead-letter' ? graph.nodeById.get(c.to) : undefined;
      if (target?.kind === 'kafka-topic') return target as Extract<D['nodes'][number], { kind: 'kafka-topic' }>;
    }
  }
  const sourceNode = graph.nodeById.get(source.id);
  const pipelines = deadLetterToReuse(design, { kind: 'kafka-topic', near: source.id, cluster: sourceNode && 'cluster' in sourceNode ? sourceNode.cluster : undefined });
  return pipelines ?? nodesOfKind(design, 'kafka-topic').find((t) => t.name === name && t.role === 'dead-letter');
}

/**
 * A shared dead-letter topic holds the only copy of failed records from
 * every source it serves: raise what is weaker than the new source
 * (replication, min ISR, retention), and write nothing that already holds.
 */
function asDurableAs(design: Design, dlq: { id: string }, source: ResolvedKafkaTopic): Design {
  const topic = design.nodes.find((n) => n.id === dlq.id);
  if (topic?.kind !== 'kafka-topic') return design;
  const forever = (ms: number | undefined) => (ms === undefined ? undefined : ms < 0 ? Infinity : ms);
  const patch: { replicationFactor?: number; config?: Record<string, number> } = {};
  if (topic.replicationFactor !== undefined && topic.replicationFactor < source.replicationFactor) patch.replicationFactor = source.replicationFactor;
  const config: Record<string, number> = {};
  const isr = topic.config['min.insync.replicas'];
  if (typeof isr === 'number' && isr < source.config['min.insync.replicas']) config['min.insync.replicas'] = source.config['min.insync.replicas'];
  const retention = forever(topic.config['retention.ms'] as number | undefined);
  if (retention !== undefined && retention < forever(source.config['retention.ms'])!) config['retention.ms'] = source.config['retention.ms'];
  if (Object.keys(config).length > 0) patch.config = config;
  return Object.keys(patch).length > 0 ? patchNode(design, topic.id, patch) : design;
}

function stripCluster<T extends { cluster?: string }>(node: T): T {
  const copy = { ...node };
  delete copy.cluster;
  return copy;
}

/**
 * The name of a new dead-letter topic for `source`'s pipeline, which other
 * groups of it will share: `<prefix>.dlq` after the dotted prefix every
 * topic of the pipeline on that cluster has in common (`orders.placed` and
 * `orders.validated` give `orders.dlq`), else `<source>.dlq`.
 */
export function pipelineDeadLetterTopicName(design: GraphDesign, source: ResolvedKafkaTopic): string {
  const pipeline = pipelineOf(design, source.id);
  const names = design.nodes.filter((n) => n.kind === 'kafka-topic' && pipeline.has(n.id) && n.role !== 'dead-letter' && n.cluster === source.cluster).map((n) => n.name.split('.'));
  if (names.length < 2) return deadLetterTopicName(source.name);
  const common: string[] = [];
  for (let i = 0; names.every((words) => words.length > i + 1 && words[i] === names[0][i]); i++) common.push(names[0][i]);
  return common.length > 0 ? `${common.join('.')}.dlq` : deadLetterTopicName(source.name);
}

/** A group's own dead-letter topic beside a shared one: `<source>.<group>.dlq`, so each reader's failures stay apart. */
export function ownDeadLetterTopicName(source: { name: string }, group: { name: string }): string {
  return deadLetterTopicName(`${source.name}.${group.name}`);
}

/**
 * `<topic>.dlq`, the common convention. A name that separates words with `_`
 * only gets `_dlq` instead, because Kafka warns against mixing `.` and `_` in
 * one name (they collide in metric names).
 */
export function deadLetterTopicName(source: string): string {
  return source.includes('_') && !source.includes('.') ? `${source}_dlq` : `${source}.dlq`;
}
