import type { Admin } from '@platformatic/kafka';
import { describeConsumerProtocolGroups } from './kafka-admin';
import { MAX_LIVE_GROUPS, MAX_LIVE_TOPICS } from './kafka-reader';

/**
 * What an audit reads of a Kafka cluster, read-only: every user topic with its
 * partitions, replication factor and each config's value and source, and every
 * consumer group with its members, on the classic protocol (DescribeGroups) and
 * on the KIP-848 consumer protocol (ConsumerGroupDescribe). Requests are
 * Metadata, DescribeConfigs, ListGroups, FindCoordinator, DescribeGroups and
 * ConsumerGroupDescribe only; the same bounds as the live import apply.
 */

/** Where a live config value comes from, as DescribeConfigs reports it. */
export type KafkaConfigSource = 'set on the topic' | 'broker setting' | 'cluster-wide broker setting' | 'broker configuration file' | 'Kafka default' | 'other';

const SOURCE_NAMES: Record<number, KafkaConfigSource> = {
  1: 'set on the topic',
  2: 'broker setting',
  3: 'cluster-wide broker setting',
  4: 'broker configuration file',
  5: 'Kafka default',
};

export interface LiveTopicState {
  name: string;
  partitions: number;
  replicationFactor: number;
  configs: Record<string, { value: string; source: KafkaConfigSource }>;
}

export interface LiveGroupState {
  groupId: string;
  protocol: 'classic' | 'consumer';
  state: string;
  members: Array<{ clientId: string; host: string; topics: string[] }>;
}

export interface KafkaClusterState {
  topics: LiveTopicState[];
  groups: LiveGroupState[];
  /** What could not be read, and why. */
  problems: string[];
}

const DESCRIBE_BATCH = 200;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads the cluster's topics (all, or those `include` keeps) and groups. */
export async function readKafkaClusterState(admin: Admin, options: { include?: (name: string) => boolean } = {}): Promise<KafkaClusterState> {
  const problems: string[] = [];
  let names = (await admin.listTopics()).filter((n) => !n.startsWith('__') && (!options.include || options.include(n)));
  if (names.length > MAX_LIVE_TOPICS) {
    problems.push(`The cluster has ${names.length} topics; the first ${MAX_LIVE_TOPICS} by name were read.`);
    names = names.slice(0, MAX_LIVE_TOPICS);
  }
  const topics: LiveTopicState[] = [];
  for (const batch of chunks(names, DESCRIBE_BATCH)) {
    // forceUpdate: the client otherwise answers from a metadata cache up to 5 s old, which an audit right after a change must not.
    const metadata = await admin.metadata({ topics: batch, forceUpdate: true });
    const configs = await admin.describeConfigs({ resources: batch.map((name) => ({ resourceType: 2, resourceName: name })), includeSynonyms: false });
    const byName = new Map(configs.map((c) => [c.resourceName, c.configs]));
    for (const name of batch) {
      const meta = metadata.topics.get(name);
      if (!meta) continue;
      const entries: LiveTopicState['configs'] = {};
      for (const c of byName.get(name) ?? []) {
        if (c.isSensitive || c.value === null || c.value === undefined) continue;
        entries[c.name] = { value: c.value, source: SOURCE_NAMES[c.configSource] ?? 'other' };
      }
      topics.push({ name, partitions: meta.partitionsCount, replicationFactor: meta.partitions[0]?.replicas.length ?? 0, configs: entries });
    }
  }

  const listed = [...(await admin.listGroups({ types: ['classic', 'consumer'] })).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  let groups = listed;
  if (groups.length > MAX_LIVE_GROUPS) {
    problems.push(`The cluster has ${groups.length} groups; the first ${MAX_LIVE_GROUPS} by id were read.`);
    groups = groups.slice(0, MAX_LIVE_GROUPS);
  }
  const consumerIds = groups.filter((g) => g.groupType === 'consumer').map((g) => g.id);
  const classicIds = groups.filter((g) => g.groupType !== 'consumer' && (g.protocolType === 'consumer' || g.protocolType === '')).map((g) => g.id);
  const states: LiveGroupState[] = [];
  for (const batch of chunks(consumerIds, DESCRIBE_BATCH)) {
    for (const g of await describeConsumerProtocolGroups(admin, batch)) {
      if (g.errorCode !== 0) {
        problems.push(`Group "${g.groupId}" could not be described (error ${g.errorCode}).`);
        continue;
      }
      const members = g.members.map((m) => ({ clientId: m.clientId, host: m.clientHost, topics: [...new Set([...m.subscribedTopics, ...m.assignedTopics])].sort() }));
      states.push({ groupId: g.groupId, protocol: 'consumer', state: g.state, members });
    }
  }
  for (const batch of chunks(classicIds, DESCRIBE_BATCH)) {
    const described = await admin.describeGroups({ groups: batch });
    for (const [id, g] of described) {
      const members = [...g.members.values()].map((m) => ({
        clientId: m.clientId,
        host: m.clientHost,
        topics: [...new Set([...(m.metadata?.topics ?? []), ...(m.assignments ? [...m.assignments.keys()] : [])])].sort(),
      }));
      states.push({ groupId: id, protocol: 'classic', state: g.state, members });
    }
  }
  states.sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  return { topics, groups: states, problems };
}
