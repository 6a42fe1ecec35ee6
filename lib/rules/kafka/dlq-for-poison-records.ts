import { indexGraph } from '../../design';
import { isEphemeral } from '../flow';
import type { ResolvedDesign, ResolvedKafkaTopic } from '../../brokers/resolved-design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';
import { addDeadLetterTopic, existingDeadLetterTopic, pipelineDeadLetterTopicName } from './_dead-letter';

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
    summary: 'An at-least-once consumer group reading Kafka needs a dead-letter topic or a retry topic.',
    messages: {
      noDlq:
        'Consumer group "{group}" reads "{topic}" at-least-once with no dead-letter or retry topic: a record it cannot process either blocks its partition or is skipped and lost.',
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
