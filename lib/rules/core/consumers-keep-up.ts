import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { messagesPerSecond, threadsFor } from '../../capacity/consumer-throughput';
import { indexGraph, nodesOfKind, patchNode } from '../../design';
import { isEphemeral } from '../flow';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { declaredInflow, declaresProcessingTime } from './_declared-rates';

/** Channels where every reading group gets every message: each group alone must keep up. */
const FAN_OUT = new Set<ResolvedNode['kind']>(['kafka-topic', 'nats-stream']);
/** Channels whose messages the reading groups share: what each gets is not declared when several read. */
const SHARED = new Set<ResolvedNode['kind']>(['rabbitmq-queue', 'sqs-queue']);

/**
 * Messages one instance works on at once: its handler threads, but a RabbitMQ
 * consumer is sent no more unacknowledged messages than its prefetch (0 is
 * unlimited), so threads beyond it sit idle.
 */
function threadsPerInstance(group: ResolvedConsumerGroup, channels: ResolvedNode[]): number {
  const readsRabbit = channels.some((c) => c.kind === 'rabbitmq-queue');
  return readsRabbit && group.prefetch > 0 ? Math.min(group.concurrency, group.prefetch) : group.concurrency;
}

/** The channels a group reads messages from (not JetStream advisories), or undefined when its share of one is not declared. */
function channelsOf(design: ResolvedDesign, group: ResolvedConsumerGroup): ResolvedNode[] | undefined {
  const graph = indexGraph(design);
  const channels: ResolvedNode[] = [];
  for (const c of graph.incoming.get(group.id) ?? []) {
    if (c.kind !== 'consume' || c.advisory !== undefined) continue;
    const channel = graph.nodeById.get(c.from);
    if (!channel) continue;
    if (!FAN_OUT.has(channel.kind) && !SHARED.has(channel.kind)) return undefined;
    // A FIFO queue's message groups cap its parallelism as partitions cap Kafka's: sqs/fifo-group-vs-consumers judges it.
    if (channel.kind === 'sqs-queue' && channel.fifo) return undefined;
    if (SHARED.has(channel.kind)) {
      const readers = (graph.outgoing.get(channel.id) ?? []).filter((o) => o.kind === 'consume' && graph.nodeById.get(o.to)?.kind === 'consumer-group');
      if (readers.length > 1) return undefined;
    }
    channels.push(channel);
  }
  return channels.length > 0 ? channels : undefined;
}

export const consumersKeepUp = defineRule({
  meta: {
    id: 'core/consumers-keep-up',
    category: 'scalability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group'],
    summary:
      "A consumer group must be able to process its declared sustained inflow: active instances × messages in flight per instance × 1000 / processing p50 must reach the rate its channels receive (at the busiest hour of a producer's daily traffic curve: hours of it are not a burst the queue absorbs).",
    messages: {
      behind:
        'Consumer group "{group}" processes at most {capacity} msg/s ({threads} handler(s) × 1000 / {p50} ms) but receives {rate} msg/s: it needs {needed} handler(s), and its lag grows for as long as the traffic lasts.',
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (isEphemeral(group) || !declaresProcessingTime(group)) continue;
      const channels = channelsOf(design, group);
      const rate = channels && declaredInflow(design, group.id, 'peak');
      if (!channels || !rate) continue;
      const perInstance = threadsPerInstance(group, channels);
      const handlers = (group.instances - group.standbyInstances) * perInstance;
      // A JetStream consumer has at most max_ack_pending messages in flight across all its instances.
      const readsNats = channels.some((c) => c.kind === 'nats-stream');
      const threads = readsNats && group.nats.max_ack_pending > 0 ? Math.min(handlers, group.nats.max_ack_pending) : handlers;
      const capacity = messagesPerSecond(threads, group.processingMsP50);
      if (capacity >= rate) continue;
      const needed = threadsFor(rate, group.processingMsP50);
      const instances = Math.ceil(needed / perInstance) + group.standbyInstances;
      // Kafka: each member needs a partition; with one topic the fix gives it the partitions its new members need.
      const topics = channels.filter((c) => c.kind === 'kafka-topic');
      const members = (instances - group.standbyInstances) * (group.asyncProcessing ? 1 : group.concurrency);
      const ackPending = readsNats && group.nats.max_ack_pending > 0 && group.nats.max_ack_pending < needed ? needed : undefined;
      const topic = topics.length === 1 && topics[0].kind === 'kafka-topic' && topics[0].partitions < members ? topics[0] : undefined;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'behind',
        data: {
          group: group.name,
          capacity: capacity >= 10 ? thousands(Math.floor(capacity)) : String(Number(capacity.toPrecision(2))),
          threads,
          p50: group.processingMsP50,
          rate: thousands(rate),
          needed,
        },
        fix: {
          label: topic ? `Run ${instances} instances and give "${topic.name}" ${members} partitions` : `Run ${instances} instances`,
          apply: (d) => {
            const scaled = patchNode(d, group.id, ackPending ? { instances, nats: { max_ack_pending: ackPending } } : { instances });
            return topic ? patchNode(scaled, topic.id, { partitions: members }) : scaled;
          },
        },
      });
    }
  },
});
