import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/rf-vs-cluster`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Replicas of a partition go to different brokers, so a replication factor above the broker count cannot be placed and creating the topic fails. With topicctl's cross-rack placement every replica must be in a different rack, so the replication factor cannot exceed the number of racks; with balanced-leaders placement, leaders can only be spread evenly when the partition count is a multiple of the rack count. topicctl rejects both configurations.",
  howToFix:
    'Add brokers (or lower the replication factor outside production); for cross-rack placement use at most as many replicas as racks; for balanced-leaders use a multiple of the rack count as partition count.',
  sources: [KAFKA_SOURCES.topicctlTopic, KAFKA_SOURCES.opsAddTopic],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 6, racks: 2 }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka', replicationFactor: 3, placement: 'cross-rack' }],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 6, racks: 3 }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka', replicationFactor: 3, placement: 'cross-rack' }],
    }),
  },
};
