import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { idempotenceConflicts, idempotentPatch, isTransactional } from './_producers';
import { kafkaTopicsPublishedBy } from './_topics';

export const transactionalIdRequiresIdempotence = defineRule({
  meta: {
    id: 'kafka/transactional-id-requires-idempotence',
    category: 'delivery',
    severity: 'error',
    reads: ['producer'],
    summary: 'A transactional producer (transactional.id set) must be idempotent.',
    messages: {
      notIdempotent: 'Producer "{producer}" sets transactional.id but is not idempotent ({why}): the Kafka client refuses to create a transactional producer without idempotence.',
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
