import { indexGraph, patchNode } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';

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
    reads: ['kafka-topic', 'consumer-group'],
    summary: 'group.remote.assignor needs group.protocol=consumer and an assignor the broker offers.',
    messages: {
      classic: 'Consumer group "{group}" sets group.remote.assignor={assignor} with the classic protocol: the Kafka client rejects this configuration.',
      unknown: 'Consumer group "{group}" asks for the server-side assignor "{assignor}", which brokers do not offer (uniform, range): the broker refuses the member.',
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
