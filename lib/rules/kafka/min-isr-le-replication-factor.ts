import { clusterOf, nodesOfKind, patchNode } from '../../design';
import { atLeast } from '../../brokers/version';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { minIsrApplies, minIsrFor } from './_min-isr';
import { KAFKA_SOURCES } from './_sources';

/**
 * The first Kafka release whose leader caps the minimum ISR at the replica
 * count: Partition.effectiveMinIsr = min(min.insync.replicas, replicas), used
 * for acks=all appends and the high watermark (KAFKA-15583, pull request
 * 14594, released in 3.7.0). Before it, an acks=all write to a topic whose
 * min.insync.replicas exceeds its replicas always fails with
 * NotEnoughReplicasException. Seen on a real 4.1.1 cluster in
 * lib/exporters/kafka-broker.test.ts.
 */
export const MIN_ISR_CAPPED_SINCE = '3.7';

export const minIsrLeReplicationFactor = defineRule({
  meta: {
    id: 'kafka/min-isr-le-replication-factor',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A topic\'s min.insync.replicas must not exceed its replication factor.',
      rationale:
        'The in-sync replica set can never be larger than the replication factor. Before Kafka 3.7 the minimum is then never met: every acks=all write fails with NotEnoughReplicas. From Kafka 3.7 (KAFKA-15583) the leader caps the minimum at the replica count, so the writes succeed, but not as the setting says: an acks=all write is kept on as many copies as the topic has replicas (one, for a single replica), and it needs every replica in sync, so one replica falling behind stops them. The finding says which of the two the cluster\'s declared version does (an undeclared version is read as a current release). (Redpanda ignores min.insync.replicas, so topics on Redpanda clusters are not checked.)',
      howToFix: 'Set min.insync.replicas to the replication factor minus one (at least 1), or raise the replication factor.',
      sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa, KAFKA_SOURCES.kafka15583],
    },
    messages: {
      unreachable:
        'Topic "{topic}" has min.insync.replicas={minIsr} but only {rf} replicas: {kafka} never meets the minimum, so every acks=all write fails with NotEnoughReplicas (only Kafka 3.7 and later cap it at the replication factor).',
      cappedSingle:
        'Topic "{topic}" has min.insync.replicas={minIsr} but a single replica: {kafka} caps the minimum at the replication factor, so acks=all writes succeed with one copy, not the {minIsr} the setting asks for.',
      capped:
        'Topic "{topic}" has min.insync.replicas={minIsr} but only {rf} replicas: {kafka} caps the minimum at the replication factor, so an acks=all write has {rf} copies, not {minIsr}, and needs all {rf} replicas in sync: one replica falling behind stops acks=all writes.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 3 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const minIsr = topic.config['min.insync.replicas'];
      const rf = topic.replicationFactor;
      if (minIsr <= rf || !minIsrApplies(design, topic)) continue;
      const declared = clusterOf(design, topic)?.version;
      const capped = atLeast(declared, MIN_ISR_CAPPED_SINCE);
      const kafka = declared === undefined ? 'Kafka (the cluster declares no version: a current release, 3.7 or later, is assumed)' : `Kafka ${declared}`;
      const target = minIsrFor(rf);
      report({
        target: { type: 'node', id: topic.id },
        messageId: !capped ? 'unreachable' : rf === 1 ? 'cappedSingle' : 'capped',
        data: { topic: topic.name, minIsr, rf, kafka },
        fix: {
          label: `Set min.insync.replicas=${target}`,
          apply: (d) => patchNode(d, topic.id, { config: { 'min.insync.replicas': target } }),
        },
      });
    }
  },
});
