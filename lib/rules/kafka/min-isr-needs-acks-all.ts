import { nodesOfKind, patchNode,  type Design } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { publishersBypassingMinIsr } from './_min-isr';
import { KAFKA_SOURCES } from './_sources';

export const minIsrNeedsAcksAll = defineRule({
  meta: {
    id: 'kafka/min-isr-needs-acks-all',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A topic that relies on min.insync.replicas >= 2 needs every producer to use acks=all.',
      rationale:
        'min.insync.replicas "only takes effect if the producer uses acks=all". Records from a producer with acks=0 or acks=1 are acknowledged by the leader alone, so the topic setting gives false assurance for them. Topics whose flows are all at-most-once are not checked.',
      howToFix: 'Set acks=all on the listed producers.',
      sources: [KAFKA_SOURCES.designHa, KAFKA_SOURCES.topicConfigs],
    },
    messages: {
      bypassed:
        'Topic "{topic}" requires {minIsr} in-sync replicas, but {producers} write with acks below all, so their records are acknowledged by the leader alone.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { acks: '1' } },
          { kind: 'producer', id: 'checkout', kafka: { acks: 'all' } },
          { kind: 'kafka-topic', id: 'orders', config: { 'min.insync.replicas': 2 } },
        ],
        connections: [
          ['orders-api', 'orders', 'publish'],
          ['checkout', 'orders', 'publish'],
        ],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
          { kind: 'producer', id: 'checkout', kafka: { acks: 'all' } },
          { kind: 'kafka-topic', id: 'orders', config: { 'min.insync.replicas': 2 } },
        ],
        connections: [
          ['orders-api', 'orders', 'publish'],
          ['checkout', 'orders', 'publish'],
        ],
      }),
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
