import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { idempotenceConflicts, idempotentPatch, isTransactional, retries } from './_producers';
import { kafkaTopicsPublishedBy } from './_topics';

/** How the resolver marks an unset enable.idempotence that the Java client turns off (lib/brokers/services/resolve.ts). */
const TURNED_OFF = 'turned off by the client';

export const idempotenceSilentlyDisabled = defineRule({
  meta: {
    id: 'kafka/idempotence-silently-disabled',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary:
      'A Java producer that leaves enable.idempotence unset must not set acks, retries or max.in.flight.requests.per.connection in a way that turns idempotence off, where its flows need at-least-once delivery or order.',
    messages: {
      disabled:
        'Producer "{producer}" leaves enable.idempotence unset while {conflicts} {verb} with it: the Kafka client turns idempotence off without an error (it only logs it), so on this {needs} flow a retried batch can be written twice{reorder}.',
    },
  },
  check({ design, report, source }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (producer.kafka['enable.idempotence']) continue;
      const origin = source(producer.id, 'kafka.enable.idempotence');
      if (origin?.origin !== 'client' || !origin.label.startsWith(TURNED_OFF)) continue;
      // A transactional producer without idempotence does not start at all: kafka/transactional-id-requires-idempotence.
      if (isTransactional(producer) || kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      const needs = producerRequirements(design, producer);
      const reorders = needs.ordering !== 'none' && retries(producer) > 0 && producer.kafka['max.in.flight.requests.per.connection'] > 1;
      if (!atLeastOnce(needs) && !reorders) continue;
      const conflicts = idempotenceConflicts(producer);
      const patch = idempotentPatch(producer);
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'disabled',
        data: {
          producer: producer.name,
          conflicts: conflicts.join(' and '),
          verb: conflicts.length === 1 ? 'conflicts' : 'conflict',
          needs: [atLeastOnce(needs) ? needs.delivery : undefined, needs.ordering !== 'none' ? `${needs.ordering}-ordered` : undefined].filter(Boolean).join(', '),
          reorder: reorders ? ', and a retried batch can land after the one sent next' : '',
        },
        fix: {
          label: `Make the producer idempotent (${Object.entries(patch)
            .map(([key, value]) => (value === undefined ? `unset ${key}` : `${key}=${String(value)}`))
            .join(', ')})`,
          apply: (d) => patchNode(d, producer.id, { kafka: patch }),
        },
      });
    }
  },
});
