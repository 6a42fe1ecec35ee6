import { nodesOfKind, patchNode, type Design } from '../../design';
import { defineRule } from '../rule';
import { publishersBypassingMinIsr } from './_min-isr';

export const minIsrNeedsAcksAll = defineRule({
  meta: {
    id: 'kafka/min-isr-needs-acks-all',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A topic that relies on min.insync.replicas >= 2 needs every producer to use acks=all.',
    messages: {
      bypassed: 'Topic "{topic}" requires {minIsr} in-sync replicas, but {producers} write with acks below all, so their records are acknowledged by the leader alone.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const bypassing = publishersBypassingMinIsr(design, topic);
      if (bypassing.length === 0) continue;
      const producers = bypassing.map((e) => e.producer);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'bypassed',
        data: {
          topic: topic.name,
          minIsr: topic.config['min.insync.replicas'],
          producers: producers.map((p) => `"${p.name}" (acks=${p.kafka.acks})`).join(', '),
        },
        fix: {
          label: producers.length === 1 ? `Set acks=all on "${producers[0].name}"` : `Set acks=all on ${producers.length} producers`,
          apply: (d) => producers.reduce<Design>((acc, p) => patchNode(acc, p.id, { kafka: { acks: 'all' } }), d),
        },
      });
    }
  },
});
