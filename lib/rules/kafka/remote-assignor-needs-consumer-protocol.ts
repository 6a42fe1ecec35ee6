import { updateNode, type ConsumerGroupNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const remoteAssignorNeedsConsumerProtocol = defineRule({
  meta: {
    id: 'kafka/remote-assignor-needs-consumer-protocol',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'group.remote.assignor needs group.protocol=consumer.',
      rationale:
        'A server-side (remote) assignor exists only in the KIP-848 consumer group protocol. With the classic protocol (the default) the Java client rejects group.remote.assignor with a ConfigException.',
      howToFix:
        'Set group.protocol=consumer (and drop the classic-only partition.assignment.strategy, session.timeout.ms and heartbeat.interval.ms, which the broker now owns), or remove group.remote.assignor.',
      sources: [KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.consumerConfigSource],
    },
    messages: {
      classic: 'Consumer group "{group}" sets group.remote.assignor={assignor} with the classic protocol: the Kafka client rejects this configuration.',
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
    for (const { group } of kafkaConsumerGroups(design)) {
      const assignor = group.kafka['group.remote.assignor'];
      if (assignor === undefined || usesConsumerProtocol(group)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'classic',
        data: { group: group.name, assignor },
        fix: { label: 'Use group.protocol=consumer', apply: (d) => updateNode(d, group.id, { kafka: consumerProtocolConfig(group) }) },
      });
    }
  },
});

/** The group's settings under the consumer protocol: the classic-only keys go, since the broker owns them. */
function consumerProtocolConfig(group: ConsumerGroupNode): ConsumerGroupNode['kafka'] {
  const kafka: ConsumerGroupNode['kafka'] = { ...group.kafka, 'group.protocol': 'consumer' };
  delete kafka['partition.assignment.strategy'];
  delete kafka['session.timeout.ms'];
  delete kafka['heartbeat.interval.ms'];
  return kafka;
}
