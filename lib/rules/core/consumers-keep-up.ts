import type { ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { messagesPerSecond, threadsFor } from '../../capacity/consumer-throughput';
import { nodesOfKind, patchNode, type GraphIndex } from '../../design';
import type { Fix } from '../fix';
import { isEphemeral } from '../flow';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { activeConsumers, readersOf, type ActiveConsumers } from './_channel-readers';
import { declaredInflow, declaresProcessingTime } from './_declared-rates';

/**
 * Messages one instance works on at once: its handler threads, but a RabbitMQ
 * consumer is sent no more unacknowledged messages than its prefetch (0 is
 * unlimited), so threads beyond it sit idle.
 */
function threadsPerInstance(group: ResolvedConsumerGroup, channels: ResolvedNode[]): number {
  const readsRabbit = channels.some((c) => c.kind === 'rabbitmq-queue');
  return readsRabbit && group.prefetch > 0 ? Math.min(group.concurrency, group.prefetch) : group.concurrency;
}

interface GroupInput {
  channels: ResolvedNode[];
  /** The channel that delivers to some of its consumers at a time, when the group reads one. */
  capped?: { channel: ResolvedNode } & ActiveConsumers;
}

/** The channels a group reads messages from (not JetStream advisories), or undefined when its share of one, or how many of it may read, is not declared. */
function inputOf(graph: GraphIndex<ResolvedNode>, group: ResolvedConsumerGroup): GroupInput | undefined {
  const channels: ResolvedNode[] = [];
  let capped: GroupInput['capped'];
  for (const c of graph.incoming.get(group.id) ?? []) {
    if (c.kind !== 'consume' || c.advisory !== undefined) continue;
    const channel = graph.nodeById.get(c.from);
    if (!channel) continue;
    const readers = readersOf(channel);
    if (!readers) return undefined;
    if (readers === 'share') {
      const groups = (graph.outgoing.get(channel.id) ?? []).filter((o) => o.kind === 'consume' && graph.nodeById.get(o.to)?.kind === 'consumer-group');
      if (groups.length > 1) return undefined;
    }
    const active = activeConsumers(graph, channel, group.instances - group.standbyInstances);
    if (active === 'refused') return undefined;
    if (active) capped = { channel, ...active };
    channels.push(channel);
  }
  // A group spread over a capped channel and others: how its handlers divide between them is not declared.
  if (channels.length === 0 || (capped && channels.length > 1)) return undefined;
  return { channels, capped };
}

export const consumersKeepUp = defineRule({
  meta: {
    id: 'core/consumers-keep-up',
    category: 'scalability',
    severity: 'error',
    reads: [
      'producer',
      'kafka-topic',
      'rabbitmq-exchange',
      'rabbitmq-queue',
      'nats-stream',
      'sqs-queue',
      'pubsub-subscription',
      'servicebus-queue',
      'servicebus-subscription',
      'pulsar-topic',
      'pulsar-subscription',
      'artemis-address',
      'artemis-queue',
      'consumer-group',
    ],
    summary:
      "A consumer group must be able to process its declared sustained inflow: active instances × messages in flight per instance × 1000 / processing p50 must reach the rate its channels receive (at the busiest hour of a producer's daily traffic curve: hours of it are not a burst the queue absorbs).",
    messages: {
      behind:
        'Consumer group "{group}" processes at most {capacity} msg/s ({threads} handler(s) × 1000 / {p50} ms) but receives {rate} msg/s: it needs {needed} handler(s), and its lag grows for as long as the traffic lasts.',
      capped:
        'Consumer group "{group}" processes at most {capacity} msg/s ({threads} handler(s) × 1000 / {p50} ms) but receives {rate} msg/s: it needs {needed} handler(s), and "{channel}" delivers to {active} consumer(s) at a time ({why}), so more instances would stand by while its lag grows.',
    },
  },
  check({ design, graph, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (isEphemeral(group) || !declaresProcessingTime(group)) continue;
      const input = inputOf(graph, group);
      const rate = input && declaredInflow(design, group.id, 'peak');
      if (!input || !rate) continue;
      const { channels, capped } = input;
      const perInstance = threadsPerInstance(group, channels);
      const working = group.instances - group.standbyInstances;
      const handlers = (capped ? Math.min(working, capped.active) : working) * perInstance;
      // A JetStream consumer has at most max_ack_pending messages in flight across all its instances.
      const readsNats = channels.some((c) => c.kind === 'nats-stream');
      const threads = readsNats && group.nats.max_ack_pending > 0 ? Math.min(handlers, group.nats.max_ack_pending) : handlers;
      const capacity = messagesPerSecond(threads, group.processingMsP50);
      if (capacity >= rate) continue;
      const needed = threadsFor(rate, group.processingMsP50);
      const data = {
        group: group.name,
        capacity: capacity >= 10 ? thousands(Math.floor(capacity)) : String(Number(capacity.toPrecision(2))),
        threads,
        p50: group.processingMsP50,
        rate: thousands(rate),
        needed,
      };
      const target = { type: 'node', id: group.id } as const;
      // Beyond what the channel delivers to at once, instances only stand by: no number of them is a fix.
      if (capped && Math.ceil(needed / perInstance) > capped.active) {
        report({ target, messageId: 'capped', data: { ...data, channel: capped.channel.name, active: capped.active, why: capped.why } });
        continue;
      }
      report({ target, messageId: 'behind', data, fix: scaleOut(group, channels, needed, perInstance, readsNats) });
    }
  },
});

/** The fix: the instances the needed handlers take (and, for Kafka, the partitions its members need; for JetStream, the messages in flight). */
function scaleOut(group: ResolvedConsumerGroup, channels: ResolvedNode[], needed: number, perInstance: number, readsNats: boolean): Fix {
  const instances = Math.ceil(needed / perInstance) + group.standbyInstances;
  // Kafka: each member needs a partition; with one topic the fix gives it the partitions its new members need.
  const topics = channels.filter((c) => c.kind === 'kafka-topic');
  const members = (instances - group.standbyInstances) * (group.asyncProcessing ? 1 : group.concurrency);
  const ackPending = readsNats && group.nats.max_ack_pending > 0 && group.nats.max_ack_pending < needed ? needed : undefined;
  const topic = topics.length === 1 && topics[0].kind === 'kafka-topic' && topics[0].partitions < members ? topics[0] : undefined;
  return {
    label: topic ? `Run ${instances} instances and give "${topic.name}" ${members} partitions` : `Run ${instances} instances`,
    apply: (d) => {
      const scaled = patchNode(d, group.id, ackPending ? { instances, nats: { max_ack_pending: ackPending } } : { instances });
      return topic ? patchNode(scaled, topic.id, { partitions: members }) : scaled;
    },
  };
}
