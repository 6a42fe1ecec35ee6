import { DesignBuilder, guard, keyPath, short } from '../importers/builder';
import type { ImportResult } from '../importers/importer';
import { kafkaTopicConfig } from '../importers/kafka-config';
import type { LiveKafkaSnapshot } from './kafka-reader';

/**
 * A live Kafka cluster's snapshot → a design: one Kafka cluster (broker
 * count, and the broker settings its configuration declares), one topic node
 * per topic (partitions, replication factor, the configs set on the topic:
 * what a topic takes from its cluster or from Kafka's defaults stays unset,
 * so the design resolves it as the broker does), one consumer
 * group per consumer group with a consume connection from every topic its
 * members subscribe to (or, for a group without members, every topic it
 * committed offsets for). Internal topics, non-consumer groups, member
 * details and configs the design cannot hold go into the report. A group's
 * client settings (auto-commit, offset reset, …) cannot be seen from the
 * cluster and stay unset: only its assignor and protocol are observed.
 */

const CLASSIC_ASSIGNORS: Record<string, string> = {
  range: 'range',
  roundrobin: 'roundrobin',
  sticky: 'sticky',
  'cooperative-sticky': 'cooperative-sticky',
};
const MAX_MEMBER_NOTES = 20;

/** Broker settings as a cluster config: whole numbers and booleans as such, the rest as text (as server.properties writes it). */
function brokerConfig(settings: Record<string, string>): Record<string, string | number | boolean> {
  const config: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
    config[name] = Number.isSafeInteger(number) ? number : value === 'true' ? true : value === 'false' ? false : value.slice(0, 1000);
  }
  return config;
}

export function kafkaSnapshotToDesign(snapshot: LiveKafkaSnapshot): ImportResult {
  return guard(() => build(snapshot));
}

function build(snapshot: LiveKafkaSnapshot): ImportResult {
  const b = new DesignBuilder();
  const where = snapshot.bootstrap.join(', ');
  const cluster = b.addCluster(
    'Kafka',
    'kafka',
    {
      nodes: Math.max(1, snapshot.brokers),
      config: brokerConfig(snapshot.brokerSettings),
      notes: `Imported read-only from ${where}${snapshot.clusterId ? ` (cluster id ${snapshot.clusterId})` : ''}.`,
    },
    'cluster',
  );
  if (snapshot.internalTopics.length > 0) {
    b.note(
      'topics',
      `${snapshot.internalTopics.length} internal topic${snapshot.internalTopics.length === 1 ? '' : 's'} (${snapshot.internalTopics.slice(0, 5).join(', ')}${snapshot.internalTopics.length > 5 ? ', …' : ''}) left out: Kafka manages them.`,
    );
  }

  const topicIds = new Map<string, string>();
  for (const topic of snapshot.topics) {
    const path = keyPath('topics', topic.name);
    const { config } = kafkaTopicConfig(topic.overrides, `${path}.configs`, b);
    const props: Record<string, unknown> = { cluster, partitions: topic.partitions, config };
    if (topic.replicationFactor > 0) props.replicationFactor = topic.replicationFactor;
    const id = b.addNode('kafka-topic', topic.name, props, path);
    if (id) topicIds.set(topic.name, id);
  }

  for (const group of snapshot.groups) {
    const path = keyPath('groups', group.groupId);
    const subscribed = [...new Set(group.members.flatMap((m) => m.topics))];
    const reads = group.members.length > 0 ? subscribed : group.committedTopics;
    const kafka: Record<string, unknown> = {};
    const assignor = group.protocol ? CLASSIC_ASSIGNORS[group.protocol] : undefined;
    if (assignor) kafka['partition.assignment.strategy'] = assignor;
    if (group.groupProtocol === 'consumer') kafka['group.protocol'] = 'consumer';
    const members = group.members.slice(0, MAX_MEMBER_NOTES).map((m) => `${m.clientId} (${m.host})`);
    const protocolNote = group.groupProtocol === 'consumer' ? ' Uses the consumer group protocol (KIP-848).' : '';
    const notes =
      group.members.length > 0
        ? `State ${group.state}; ${group.members.length} member${group.members.length === 1 ? '' : 's'}: ${members.join(', ')}${group.members.length > MAX_MEMBER_NOTES ? ', …' : ''}.${protocolNote}`
        : `State ${group.state}; no members now${group.committedTopics.length > 0 ? ': the topics it reads come from its committed offsets' : ''}.${protocolNote}`;
    const id = b.addNode(
      'consumer-group',
      group.groupId,
      { groupId: group.groupId, instances: Math.max(1, group.members.length), ...(Object.keys(kafka).length > 0 ? { kafka } : {}), notes: notes.slice(0, 2000) },
      path,
    );
    if (!id) continue;
    if (reads.length === 0) {
      b.note(path, `Group "${short(group.groupId)}" has no members and no committed offsets, so what it reads is unknown.`);
    }
    for (const topic of reads) {
      const topicId = topicIds.get(topic);
      if (topicId) b.connect('consume', topicId, id, {}, path);
      else b.note(path, `Group "${short(group.groupId)}" reads "${short(topic)}", which is not among the topics read from the cluster.`);
    }
  }
  snapshot.problems.forEach((problem, i) => b.note(`problems[${i}]`, problem));
  return b.build(`Kafka at ${snapshot.bootstrap[0]}`);
}
