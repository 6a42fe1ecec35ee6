import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/remote-assignor-needs-consumer-protocol`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A server-side (remote) assignor exists only in the KIP-848 consumer group protocol. With the classic protocol (the default) the Java client rejects group.remote.assignor with a ConfigException. Under the consumer protocol the broker refuses a name it does not offer (UNSUPPORTED_ASSIGNOR: "ServerAssignor x is not supported. Supported assignors: uniform, range", seen on a real Kafka 4.1 broker) and the consumer stops; brokers offer uniform and range unless the cluster sets group.consumer.assignors.',
  howToFix:
    "Set group.protocol=consumer (and drop the classic-only partition.assignment.strategy, session.timeout.ms and heartbeat.interval.ms, which the broker now owns), or remove group.remote.assignor. Name uniform or range, or declare the cluster's group.consumer.assignors when it runs a custom one.",
  sources: [KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.consumerConfigSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', kafka: { 'group.remote.assignor': 'uniform' } },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'uniform' } },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
  },
};
