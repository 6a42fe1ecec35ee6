import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/unclean-leader-election-disabled`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With unclean.leader.election.enable=true, a replica that is not in sync may become leader when the in-sync ones are gone, "even though doing so may result in data loss": acknowledged records it never received disappear. The topic inherits the broker\'s setting when it sets none. (Redpanda elects leaders with Raft and has no unclean election.)',
  howToFix: 'Set unclean.leader.election.enable=false on the topic (the Kafka default).',
  sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', config: { 'unclean.leader.election.enable': true } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', config: { 'unclean.leader.election.enable': false } }] }),
  },
};
