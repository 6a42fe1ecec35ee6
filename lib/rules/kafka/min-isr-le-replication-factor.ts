import { clusterOf, nodesOfKind, patchNode } from '../../design';
import { atLeast } from '../../brokers/version';
import { defineRule } from '../rule';
import { minIsrApplies, minIsrFor } from './_min-isr';

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
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: "A topic's min.insync.replicas must not exceed its replication factor.",
    messages: {
      unreachable:
        'Topic "{topic}" has min.insync.replicas={minIsr} but only {rf} replicas: {kafka} never meets the minimum, so every acks=all write fails with NotEnoughReplicas (only Kafka 3.7 and later cap it at the replication factor).',
      cappedSingle:
        'Topic "{topic}" has min.insync.replicas={minIsr} but a single replica: {kafka} caps the minimum at the replication factor, so acks=all writes succeed with one copy, not the {minIsr} the setting asks for.',
      capped:
        'Topic "{topic}" has min.insync.replicas={minIsr} but only {rf} replicas: {kafka} caps the minimum at the replication factor, so an acks=all write has {rf} copies, not {minIsr}, and needs all {rf} replicas in sync: one replica falling behind stops acks=all writes.',
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
