import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { consumersOf } from '../flow';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { subscriptions } from './_subscriptions';

/** `"a"` or `"a", "b"`, and the verb agreeing with them. */
function readersThat(groups: readonly ResolvedConsumerGroup[], verb: string): string {
  const names = groups.map((g) => `"${g.name}"`).join(', ');
  return `${names} ${groups.length === 1 ? `${verb}s` : verb}`;
}

export const fifoToStandardQueue = defineRule({
  meta: {
    id: 'sns/fifo-to-standard-queue',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'sns-topic', 'consumer-group', 'projection'],
    summary: "An SNS FIFO topic must deliver to an SQS FIFO queue when the queue's consumers need the order the topic keeps.",
    subsumes: ['sqs/ordering-needs-fifo'],
    messages: {
      standardQueue:
        'FIFO topic "{topic}" delivers to standard queue "{queue}", but {readers} {ordering} ordering: a standard queue delivers only in best-effort order and at least once, so the order the topic keeps is lost and messages can arrive twice.',
    },
  },
  check({ design, report }) {
    for (const { topic, connection, endpoint } of subscriptions(design)) {
      if (!topic.fifo || endpoint?.kind !== 'sqs-queue' || endpoint.fifo) continue;
      const ordered = consumersOf(design, endpoint.id).filter((g) => orderedFlow(requirementsAt(design, g.id)));
      if (ordered.length === 0) continue;
      const strict = ordered.some((g) => requirementsAt(design, g.id)?.ordering === 'strict');
      report({
        target: { type: 'connection', id: connection.id },
        messageId: 'standardQueue',
        data: { topic: topic.name, queue: endpoint.name, readers: readersThat(ordered, 'need'), ordering: strict ? 'strict' : 'per-key' },
      });
    }
  },
});
