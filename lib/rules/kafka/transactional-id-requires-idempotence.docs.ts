import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/transactional-id-requires-idempotence`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Transactions are built on the idempotent producer. The Java client throws a ConfigException ("Cannot set a transactional.id without also enabling idempotence") when idempotence is off or impossible because of acks, retries=0 or more than 5 requests in flight.',
  howToFix: 'Set enable.idempotence=true, acks=all, leave retries at its default and keep max.in.flight.requests.per.connection at 5 or less.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx', 'enable.idempotence': false } },
        { kind: 'kafka-topic', id: 'ledger' },
      ],
      connections: [['payments', 'ledger', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx', 'enable.idempotence': true, acks: 'all' } },
        { kind: 'kafka-topic', id: 'ledger' },
      ],
      connections: [['payments', 'ledger', 'publish']],
    }),
  },
};
