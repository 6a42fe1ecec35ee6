import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/transactional-id-unique`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When a producer calls initTransactions(), the transaction coordinator bumps the epoch of its transactional.id and aborts what an older producer with the same id left open: that older producer then fails with ProducerFencedException or InvalidProducerEpochException. Two producers that share an id keep fencing each other, so neither makes progress. Queuewright gives each instance of a producer with several instances its own id, <transactional.id>-<n> (n from 0, one properties file per instance), so what remains to check is that no two producers on a cluster end up with the same id.',
  howToFix: "Give each producer a transactional.id no other producer on the cluster uses, and that is not another producer's id followed by -<n>.",
  sources: [KAFKA_SOURCES.producerConfigs, { label: 'KafkaProducer javadoc: transactional.id', url: 'https://kafka.apache.org/40/javadoc/org/apache/kafka/clients/producer/KafkaProducer.html' }],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments' } },
        { kind: 'producer', id: 'refunds', kafka: { 'transactional.id': 'payments-1' } },
        { kind: 'kafka-topic', id: 'ledger' },
      ],
      connections: [
        ['payments', 'ledger', 'publish'],
        ['refunds', 'ledger', 'publish'],
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments' } },
        { kind: 'producer', id: 'refunds', kafka: { 'transactional.id': 'refunds' } },
        { kind: 'kafka-topic', id: 'ledger' },
      ],
      connections: [
        ['payments', 'ledger', 'publish'],
        ['refunds', 'ledger', 'publish'],
      ],
    }),
  },
};
