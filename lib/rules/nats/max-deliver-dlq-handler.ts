import { addNode, connect, durationToMs, indexGraph, slugify, patchNode, updateNode, type Design } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedNatsStream } from '../../brokers/nats/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { advisoryReadersOf } from '../flow';
import { deadLetterToReuse } from '../queries/dead-letter-to-reuse';
import { defineRule } from '../rule';
import { natsConsumerGroups, redelivers, unboundedDeliveries } from './_consumers';

/** Whether the design shows where this consumer's dead letters go: a `dead-letter` connection to a channel. */
function hasDeadLetterPath(design: ResolvedDesign, group: ResolvedConsumerGroup): boolean {
  const graph = indexGraph(design);
  return (graph.outgoing.get(group.id) ?? []).some((c) => c.kind === 'dead-letter' && graph.nodeById.has(c.to));
}

/**
 * Adds a dead-letter stream for `group`, on the cluster of the streams it
 * reads, as durable as the most durable of them, with a depth alert; the
 * group feeds it from the MAX_DELIVERIES advisory.
 */
function addDeadLetterStream(design: Design, group: ResolvedConsumerGroup, streams: ResolvedNatsStream[]): Design {
  const strongest = streams.reduce((a, b) => (b.num_replicas > a.num_replicas ? b : a));
  // The pipeline's dead-letter stream on that cluster, if it has one: one place for an operator to watch.
  const shared = deadLetterToReuse(design, { kind: 'nats-stream', near: group.id, cluster: strongest.cluster });
  const token = slugify(group.name).replace(/[^a-z0-9]+/g, '_');
  if (shared) {
    // The group's dead letters get their own subject on the shared stream, so each can be told apart and replayed.
    const subject = `dlq.${token}`;
    const withSubject = shared.subjects.includes(subject) ? design : updateNode(design, shared.id, { subjects: [...shared.subjects, subject] });
    const connected = connect(withSubject, group.id, shared.id, 'dead-letter');
    return connected.ok ? patchNode(connected.design, group.id, { nats: { maxDeliveriesAdvisory: true } }) : design;
  }
  const ages = streams.map((s) => s.max_age);
  const position = design.layout?.[group.id];
  const { design: withStream, id } = addNode(design, 'nats-stream', {
    // Stream names allow no spaces or dots: JOB_WORKERS_DLQ.
    name: `${token.toUpperCase()}_DLQ`,
    position: position ? { x: position.x, y: position.y + 160 } : undefined,
    props: {
      role: 'dead-letter',
      subjects: [`dlq.${token}`],
      num_replicas: strongest.num_replicas,
      storage: 'file',
      depthAlert: true,
      // Keep dead letters at least as long as the longest source keeps its messages (none unbounded).
      ...(ages.every((a) => a !== undefined) ? { max_age: ages.reduce((a, b) => ((durationToMs(b) ?? 0) > (durationToMs(a) ?? 0) ? b : a)) } : {}),
    },
  });
  // addNode joins (or creates) the first NATS cluster; keep the stream beside its sources instead.
  const placed =
    strongest.cluster === undefined
      ? { ...withStream, clusters: design.clusters, nodes: withStream.nodes.map((n) => (n.id === id ? withoutCluster(n) : n)) }
      : updateNode(withStream, id, { cluster: strongest.cluster });
  const connected = connect(placed, group.id, id, 'dead-letter');
  const result = connected.ok ? connected.design : placed;
  return patchNode(result, group.id, { nats: { maxDeliveriesAdvisory: true } });
}

function fixLabel(design: ResolvedDesign, group: ResolvedConsumerGroup, streams: ResolvedNatsStream[]): string {
  const strongest = streams.reduce((a, b) => (b.num_replicas > a.num_replicas ? b : a));
  const shared = deadLetterToReuse(design, { kind: 'nats-stream', near: group.id, cluster: strongest.cluster });
  return shared ? `Dead-letter to stream "${shared.name}" from the MAX_DELIVERIES advisory` : 'Add a dead-letter stream fed by the MAX_DELIVERIES advisory';
}

function withoutCluster<T extends { cluster?: string }>(node: T): T {
  const copy = { ...node };
  delete copy.cluster;
  return copy;
}

export const maxDeliverDlqHandler = defineRule({
  meta: {
    id: 'nats/max-deliver-dlq-handler',
    category: 'error-handling',
    severity: 'warning',
    reads: ['nats-stream', 'consumer-group'],
    summary: 'A JetStream consumer with a bounded max_deliver needs something that handles the messages that exhaust it.',
    messages: {
      noHandler: 'Consumer "{group}" stops redelivering after max_deliver={maxDeliver}, but nothing handles the MAX_DELIVERIES advisory: failed messages stay silently in stream "{stream}".',
    },
  },
  check({ design, report }) {
    for (const { group, streams } of natsConsumerGroups(design)) {
      if (!redelivers(group) || unboundedDeliveries(group)) continue;
      // A reader of a dead-letter stream is the end of the line: its own failures stay in that stream, by design.
      if (streams.every((s) => s.role === 'dead-letter')) continue;
      const listened = streams.some((s) => advisoryReadersOf(design, s.id, 'max-deliveries').length > 0);
      if (group.nats.maxDeliveriesAdvisory || listened || hasDeadLetterPath(design, group)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'noHandler',
        data: { group: group.name, maxDeliver: group.nats.max_deliver, stream: streams[0].name },
        fix: { label: fixLabel(design, group, streams), apply: (d) => addDeadLetterStream(d, group, streams) },
      });
    }
  },
});
