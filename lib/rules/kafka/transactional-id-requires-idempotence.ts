import { nodesOfKind,  patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { idempotenceConflicts, idempotentPatch, isTransactional } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

export const transactionalIdRequiresIdempotence = defineRule({
  meta: {
    id: 'kafka/transactional-id-requires-idempotence',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A transactional producer (transactional.id set) must be idempotent.',
      rationale:
        'Transactions are built on the idempotent producer. The Java client throws a ConfigException ("Cannot set a transactional.id without also enabling idempotence") when idempotence is off or impossible because of acks, retries=0 or more than 5 requests in flight.',
      howToFix: 'Set enable.idempotence=true, acks=all, leave retries at its default and keep max.in.flight.requests.per.connection at 5 or less.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
    },
    messages: {
      notIdempotent:
        'Producer "{producer}" sets transactional.id but is not idempotent ({why}): the Kafka client refuses to create a transactional producer without idempotence.',
    },
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
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!isTransactional(producer)) continue;
      const why = producer.kafka['enable.idempotence'] ? idempotenceConflicts(producer) : ['enable.idempotence=false'];
      if (why.length === 0 || kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'notIdempotent',
        data: { producer: producer.name, why: why.join(', ') },
        fix: { label: 'Make the producer idempotent', apply: (d) => patchNode(d, producer.id, { kafka: idempotentPatch(producer) }) },
      });
    }
  },
});
