import { clusterOf, nodesOfKind, patchNode } from '../../design';
import type { ResolvedProducer } from '../../brokers/services/resolve';
import { defineRule } from '../rule';
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
    reads: ['producer', 'kafka-topic'],
    summary: 'Every transactional producer instance needs a transactional.id of its own.',
    messages: {
      shared: 'Producer "{producer}" uses transactional.id "{id}" on {where}, as producer "{other}" does: the two fence each other and their transactions abort.',
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
