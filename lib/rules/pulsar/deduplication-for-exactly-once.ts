import { updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { isDeadLetterTopic } from './_topology';

export const deduplicationForExactlyOnce = defineRule({
  meta: {
    id: 'pulsar/deduplication-for-exactly-once',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'pulsar-topic', 'consumer-group', 'projection'],
    summary: "A Pulsar topic on an exactly-once flow needs broker deduplication: without it, a producer's retried send is stored twice.",
    messages: {
      duplicates:
        'Topic "{topic}" is on a flow that needs exactly-once delivery but message deduplication is off, so when a producer resends a message whose acknowledgment it did not receive (a timeout, a reconnect), the broker stores it a second time.',
    },
  },
  check({ design, graph, report }) {
    for (const topic of design.nodes) {
      if (topic.kind !== 'pulsar-topic' || topic.deduplication || topic.persistence !== 'persistent') continue;
      // Dead letters are kept for triage, outside the flow's exactly-once delivery.
      if (isDeadLetterTopic(graph, topic)) continue;
      if (requirementsAt(design, topic.id)?.delivery !== 'exactly-once') continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'duplicates',
        data: { topic: topic.name },
        fix: { label: "Enable deduplication on the topic's namespace", apply: (d) => updateNode(d, topic.id, { deduplication: true }) },
      });
    }
  },
});
