import { indexGraph } from '../../design';
import { isEphemeral } from '../flow';
import type { ResolvedDesign, ResolvedKafkaTopic } from '../../brokers/resolved-design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';
import { addDeadLetterTopic, existingDeadLetterTopic, pipelineDeadLetterTopicName } from './_dead-letter';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** A dead-letter connection, or a retry topic the group publishes failed records to. */
function hasFailurePath(design: ResolvedDesign, groupId: string): boolean {
  const graph = indexGraph(design);
  return (graph.outgoing.get(groupId) ?? []).some((c) => {
    if (c.kind === 'dead-letter') return true;
    if (c.kind !== 'publish') return false;
    const target = graph.nodeById.get(c.to);
    return target !== undefined && 'role' in target && target.role === 'retry';
  });
}

function fixLabel(design: ResolvedDesign, source: ResolvedKafkaTopic): string {
  const name = pipelineDeadLetterTopicName(design, source);
  const existing = existingDeadLetterTopic(design, source, name);
  return existing ? `Dead-letter to "${existing.name}"` : `Add dead-letter topic "${name}"`;
}

export const dlqForPoisonRecords = defineRule({
  meta: {
    id: 'kafka/dlq-for-poison-records',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'An at-least-once consumer group reading Kafka needs a dead-letter topic or a retry topic.',
      rationale:
        'Kafka has no broker-side dead-letter queue. A record the consumer can never process (a "poison pill") leaves two bad choices: retry it forever, which blocks every record behind it in that partition, or skip it, which loses it silently. A dead-letter topic keeps the record for inspection and replay; Kafka Connect does the same with errors.deadletterqueue.topic.name (empty, and so off, by default). This rule is derived from those facts rather than quoted from one source. Consumers of dead-letter topics are not checked.',
      howToFix:
        'Add a <topic>.dlq topic with at least the source\'s replication factor and retention, connect the group to it with a dead-letter connection, and bound retries before records go there.',
      sources: [KAFKA_SOURCES.connectSinkConfig, KAFKA_SOURCES.designSemantics],
    },
    messages: {
      noDlq:
        'Consumer group "{group}" reads "{topic}" at-least-once with no dead-letter or retry topic: a record it cannot process either blocks its partition or is skipped and lost.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing' },
        ],
        connections: [['writer', 'orders', 'publish'], ['orders', 'billing', 'consume']],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing' },
          { kind: 'kafka-topic', id: 'orders.dlq', role: 'dead-letter', depthAlert: true },
        ],
        connections: [['writer', 'orders', 'publish'],
          ['orders', 'billing', 'consume'],
          ['billing', 'orders.dlq', 'dead-letter'],
        ],
      }),
    },
  },
  check({ design, report }) {
    for (const { group, topics } of kafkaConsumerGroups(design)) {
      const source = topics.find((t) => t.role !== 'dead-letter');
      if (!source || hasFailurePath(design, group.id)) continue;
      const needs = requirementsAt(design, group.id);
      // A strictly ordered reader must stop on a record it cannot process: skipping it to a DLQ breaks the order it needs.
      if (!atLeastOnce(needs) || needs.ordering === 'strict' || isEphemeral(group)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'noDlq',
        data: { group: group.name, topic: source.name },
        fix: { label: fixLabel(design, source), apply: (d) => addDeadLetterTopic(d, group, source) },
      });
    }
  },
});
