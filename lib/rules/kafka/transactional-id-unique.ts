import { clusterOf, nodesOfKind, patchNode } from '../../design';
import type { ResolvedProducer } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';
import { instanceTransactionalIds } from './_transactional-ids';

/**
 * Transactional producers fence each other when they share a transactional.id
 * on one cluster. Each producer's instances get their own ids
 * (`_transactional-ids.ts`), so what can still collide is two producers: the
 * same transactional.id, or one producer's id equal to an instance id of
 * another (`payments-1` beside a 3-instance `payments`).
 */
export const transactionalIdUnique = defineRule({
  meta: {
    id: 'kafka/transactional-id-unique',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'Every transactional producer instance needs a transactional.id of its own.',
      rationale:
        'When a producer calls initTransactions(), the transaction coordinator bumps the epoch of its transactional.id and aborts what an older producer with the same id left open: that older producer then fails with ProducerFencedException or InvalidProducerEpochException. Two producers that share an id keep fencing each other, so neither makes progress. Queuewright gives each instance of a producer with several instances its own id, <transactional.id>-<n> (n from 0, one properties file per instance), so what remains to check is that no two producers on a cluster end up with the same id.',
      howToFix: 'Give each producer a transactional.id no other producer on the cluster uses, and that is not another producer\'s id followed by -<n>.',
      sources: [
        KAFKA_SOURCES.producerConfigs,
        { label: 'KafkaProducer javadoc: transactional.id', url: 'https://kafka.apache.org/40/javadoc/org/apache/kafka/clients/producer/KafkaProducer.html' },
      ],
    },
    messages: {
      shared: 'Producer "{producer}" uses transactional.id "{id}" on {where}, as producer "{other}" does: the two fence each other and their transactions abort.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments' } },
          { kind: 'producer', id: 'refunds', kafka: { 'transactional.id': 'payments-1' } },
          { kind: 'kafka-topic', id: 'ledger' },
        ],
        connections: [['payments', 'ledger', 'publish'], ['refunds', 'ledger', 'publish']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments' } },
          { kind: 'producer', id: 'refunds', kafka: { 'transactional.id': 'refunds' } },
          { kind: 'kafka-topic', id: 'ledger' },
        ],
        connections: [['payments', 'ledger', 'publish'], ['refunds', 'ledger', 'publish']],
      }),
    },
  },
  check({ design, report }) {
    // Transactional ids are scoped to a cluster: producers of different clusters never meet.
    const owners = new Map<string, ResolvedProducer>();
    for (const producer of nodesOfKind(design, 'producer')) {
      const clusters = new Set(kafkaTopicsPublishedBy(design, producer.id).map((t) => clusterOf(design, t)?.id ?? ''));
      for (const cluster of clusters) {
        for (const id of instanceTransactionalIds(producer)) {
          const key = `${cluster}\u0000${id}`;
          const other = owners.get(key);
          if (!other) {
            owners.set(key, producer);
            continue;
          }
          if (other.id === producer.id) continue;
          report({
            target: { type: 'node', id: producer.id },
            messageId: 'shared',
            data: { producer: producer.name, id, where: cluster === '' ? 'the same Kafka cluster' : `cluster "${cluster}"`, other: other.name },
            fix: {
              label: 'Make the transactional.id unique with the producer id',
              apply: (d) => patchNode(d, producer.id, { kafka: { 'transactional.id': `${producer.kafka['transactional.id']}.${producer.id}` } }),
            },
          });
          break;
        }
      }
    }
  },
});
