import { indexGraph } from '../../design';
import { PUBLISH_TARGETS } from '../../design/kinds/service-targets';
import { isEphemeral } from '../flow';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { fixValue, type Fix, type FixInput } from '../fix';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';
import { addDeadLetterTopic, existingDeadLetterTopic, ownDeadLetterTopicName, pipelineDeadLetterTopicName } from './_dead-letter';

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

/**
 * The repair: a new dead-letter topic for the pipeline, or, when the pipeline
 * has one, the choice between sharing it (suggested: one place to watch) and
 * a topic of the group's own (its failures replayed apart from the others').
 */
function deadLetterFix(design: ResolvedDesign, group: ResolvedConsumerGroup, source: ResolvedKafkaTopic): Fix {
  const name = pipelineDeadLetterTopicName(design, source);
  const existing = existingDeadLetterTopic(design, source, name);
  if (!existing) return { label: `Add dead-letter topic "${name}"`, apply: (d) => addDeadLetterTopic(d, group, source) };
  const inputs: FixInput[] = [
    {
      id: 'target',
      type: 'choice',
      label: 'Dead-letter topic',
      options: [
        { value: 'shared', label: `Share "${existing.name}"` },
        { value: 'own', label: `Its own, "${ownDeadLetterTopicName(source, group)}"` },
      ],
      suggested: 'shared',
      help: 'One dead-letter topic per pipeline is one place to watch and replay; a topic per group keeps its failures apart.',
    },
  ];
  return { label: `Dead-letter to "${existing.name}"`, inputs, apply: (d, values) => addDeadLetterTopic(d, group, source, fixValue<string>(inputs, values, 'target') === 'own') };
}

export const dlqForPoisonRecords = defineRule({
  meta: {
    id: 'kafka/dlq-for-poison-records',
    category: 'error-handling',
    severity: 'warning',
    // Whether a publish target is a retry topic is read of any channel a group publishes to.
    reads: [...PUBLISH_TARGETS, 'artemis-queue', 'producer', 'consumer-group', 'event-store', 'projection'],
    summary: 'An at-least-once consumer group reading Kafka needs a dead-letter topic or a retry topic.',
    messages: {
      noDlq: 'Consumer group "{group}" reads "{topic}" at-least-once with no dead-letter or retry topic: a record it cannot process either blocks its partition or is skipped and lost.',
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
        fix: deadLetterFix(design, group, source),
      });
    }
  },
});
