import { nodesOfKind, patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { flavourOf } from '../../brokers/kafka/broker-settings';

export const uncleanLeaderElectionDisabled = defineRule({
  meta: {
    id: 'kafka/unclean-leader-election-disabled',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A topic carrying at-least-once or exactly-once flows must not allow unclean leader election.',
    messages: {
      unclean: 'Topic "{topic}" allows unclean leader election{inherited} on an {delivery} flow: an out-of-sync replica can become leader and acknowledged records are lost.',
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
