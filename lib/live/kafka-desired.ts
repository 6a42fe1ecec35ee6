import { groupIdOf, kafkaClients, kafkaTopicGroups, kafkaTopicErrors, kafkaTopicSpec, type KafkaTopicSpec } from '../exporters/kafka-common';
import type { Design } from '../design';
import { LiveImportError } from './live-error';

/**
 * What a design asks of one Kafka cluster: its topics (the exporters' own
 * description, kafka-common.ts) and the consumer groups that read them. A
 * design may draw several clusters: `clusterId` picks one, and may be left out
 * when the design has one group of Kafka topics.
 */
export interface KafkaDesired {
  clusterId: string;
  topics: KafkaTopicSpec[];
  groups: string[];
}

export function kafkaDesired(design: Design, clusterId?: string): KafkaDesired {
  const groups = kafkaTopicGroups(design);
  if (groups.length === 0) throw new LiveImportError('invalid-input', 'The design has no Kafka topics to compare with a cluster.');
  const group = clusterId === undefined ? (groups.length === 1 ? groups[0] : undefined) : groups.find((g) => g.id === clusterId);
  if (!group) {
    const ids = groups.map((g) => (g.cluster ? `${g.id} (${g.cluster.name})` : `${g.id} (topics without a cluster)`)).join(', ');
    throw new LiveImportError(
      'invalid-input',
      clusterId === undefined
        ? `The design has Kafka topics on ${groups.length} clusters; name one with --cluster: ${ids}.`
        : `The design has no Kafka cluster "${clusterId}"; its Kafka clusters are ${ids}.`,
    );
  }
  // What an export would refuse, apply refuses too, with the same words.
  const errors = kafkaTopicErrors(design).filter((e) => e.nodeId === undefined || group.topics.some((t) => t.id === e.nodeId));
  if (errors.length > 0) throw new LiveImportError('invalid-input', `The design cannot be applied: ${errors.map((e) => e.message).join(' ')}`);
  const topics = group.topics.map(kafkaTopicSpec).sort((a, b) => (a.name < b.name ? -1 : 1));
  const readers = kafkaClients(design).filter((c) => c.node.kind === 'consumer-group' && c.reads.some((t) => group.topics.includes(t)));
  const groupIds = [...new Set(readers.map((c) => groupIdOf(c.node as Parameters<typeof groupIdOf>[0])))].sort();
  return { clusterId: group.id, topics, groups: groupIds };
}
