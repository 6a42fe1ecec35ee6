import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/request-timeout-gt-replica-lag`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With acks=all the leader answers only once the in-sync replicas have the write; a slow follower is dropped from the ISR only after replica.lag.time.max.ms. A producer that gives up sooner retries a write that is about to succeed, which adds duplicates. The producer docs say request.timeout.ms "should be larger than replica.lag.time.max.ms". Apache Kafka ships both at 30000 ms, so this rule speaks only when one of them is set in the design. Redpanda replicates with Raft and has no such setting.',
  howToFix: "Raise request.timeout.ms above the broker's replica.lag.time.max.ms (or lower the broker setting).",
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka' }],
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'request.timeout.ms': 10000 } },
        { kind: 'kafka-topic', id: 'orders', cluster: 'kafka' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka' }],
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'request.timeout.ms': 45000 } },
        { kind: 'kafka-topic', id: 'orders', cluster: 'kafka' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
