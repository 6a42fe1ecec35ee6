import { indexGraph, patchNode } from '../../design';
import type {  ResolvedDesign, ResolvedKafkaTopic } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The server-side assignors a Kafka 4.x broker offers by default (group.consumer.assignors: uniform, range). */
export const BROKER_ASSIGNORS = ['uniform', 'range'] as const;

/**
 * Whether a cluster of these topics declares its own group.consumer.assignors
 * (custom assignor classes): their names cannot be known from the class list,
 * so any name is then accepted.
 */
function customAssignors(design: ResolvedDesign, topics: ResolvedKafkaTopic[]): boolean {
  const clusters = indexGraph(design).clusterById;
  return topics.some((t) => t.cluster !== undefined && clusters.get(t.cluster)?.config['group.consumer.assignors'] !== undefined);
}

export const remoteAssignorNeedsConsumerProtocol = defineRule({
  meta: {
    id: 'kafka/remote-assignor-needs-consumer-protocol',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'group.remote.assignor needs group.protocol=consumer and an assignor the broker offers.',
      rationale:
        'A server-side (remote) assignor exists only in the KIP-848 consumer group protocol. With the classic protocol (the default) the Java client rejects group.remote.assignor with a ConfigException. Under the consumer protocol the broker refuses a name it does not offer (UNSUPPORTED_ASSIGNOR: "ServerAssignor x is not supported. Supported assignors: uniform, range", seen on a real Kafka 4.1 broker) and the consumer stops; brokers offer uniform and range unless the cluster sets group.consumer.assignors.',
      howToFix:
        'Set group.protocol=consumer (and drop the classic-only partition.assignment.strategy, session.timeout.ms and heartbeat.interval.ms, which the broker now owns), or remove group.remote.assignor. Name uniform or range, or declare the cluster\'s group.consumer.assignors when it runs a custom one.',
      sources: [KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.consumerConfigSource],
    },
    messages: {
      classic: 'Consumer group "{group}" sets group.remote.assignor={assignor} with the classic protocol: the Kafka client rejects this configuration.',
      unknown: 'Consumer group "{group}" asks for the server-side assignor "{assignor}", which brokers do not offer (uniform, range): the broker refuses the member.',
    },
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
  },
  check({ design, report }) {
    for (const { group, topics } of kafkaConsumerGroups(design)) {
      const assignor = group.kafka['group.remote.assignor'];
      if (assignor === undefined) continue;
      if (usesConsumerProtocol(group)) {
        if (!(BROKER_ASSIGNORS as readonly string[]).includes(assignor) && !customAssignors(design, topics)) {
          report({
            target: { type: 'node', id: group.id },
            messageId: 'unknown',
            data: { group: group.name, assignor },
            fix: { label: 'Use the uniform assignor', apply: (d) => patchNode(d, group.id, { kafka: { 'group.remote.assignor': 'uniform' } }) },
          });
        }
        continue;
      }
      report({
        target: { type: 'node', id: group.id },
        messageId: 'classic',
        data: { group: group.name, assignor },
        fix: { label: 'Use group.protocol=consumer', apply: (d) => patchNode(d, group.id, { kafka: CONSUMER_PROTOCOL }) },
      });
    }
  },
});

/** The patch to the consumer protocol: the classic-only keys go, since the broker owns them. */
const CONSUMER_PROTOCOL = {
  'group.protocol': 'consumer',
  'partition.assignment.strategy': undefined,
  'session.timeout.ms': undefined,
  'heartbeat.interval.ms': undefined,
} as const;
