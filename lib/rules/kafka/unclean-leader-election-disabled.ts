import {  nodesOfKind, patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import {   flavourOf } from '../../brokers/kafka/broker-settings';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const uncleanLeaderElectionDisabled = defineRule({
  meta: {
    id: 'kafka/unclean-leader-election-disabled',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A topic carrying at-least-once or exactly-once flows must not allow unclean leader election.',
      rationale:
        'With unclean.leader.election.enable=true, a replica that is not in sync may become leader when the in-sync ones are gone, "even though doing so may result in data loss": acknowledged records it never received disappear. The topic inherits the broker\'s setting when it sets none. (Redpanda elects leaders with Raft and has no unclean election.)',
      howToFix: 'Set unclean.leader.election.enable=false on the topic (the Kafka default).',
      sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa],
    },
    messages: {
      unclean:
        'Topic "{topic}" allows unclean leader election{inherited} on an {delivery} flow: an out-of-sync replica can become leader and acknowledged records are lost.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'orders-api' }, { kind: 'kafka-topic', id: 'orders', config: { 'unclean.leader.election.enable': true } }],
        connections: [['orders-api', 'orders', 'publish']],
      }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', config: { 'unclean.leader.election.enable': false } }] }),
    },
  },
  check({ design, source, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (flavourOf(design, topic) !== 'kafka') continue;
      if (!topic.config['unclean.leader.election.enable']) continue;
      const from = source(topic.id, 'config.unclean.leader.election.enable');
      const delivery = requirementsAt(design, topic.id)?.delivery;
      if (delivery === undefined || delivery === 'at-most-once') continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'unclean',
        data: { topic: topic.name, delivery, inherited: from && from.origin !== 'design' ? ` (inherited: ${from.label})` : '' },
        fix: {
          label: 'Set unclean.leader.election.enable=false',
          apply: (d) => patchNode(d, topic.id, { config: { 'unclean.leader.election.enable': false } }),
        },
      });
    }
  },
});
