import type { Admin } from '@platformatic/kafka';
import { describeClassicGroups, describeConsumerProtocolGroups } from './kafka-groups';

/**
 * What an audit reads of a Kafka cluster, read-only: every user topic with its
 * partitions, replication factor and each config's value and source, and every
 * consumer group with its members, on the classic protocol (DescribeGroups) and
 * on the KIP-848 consumer protocol (ConsumerGroupDescribe). Requests are
 * Metadata, DescribeConfigs, ListGroups, FindCoordinator, DescribeGroups and
 * ConsumerGroupDescribe only. The live import reads through here too
 * (kafka-reader.ts), so an import and an audit cannot see a cluster differently.
 */

/** Bounds so a huge cluster cannot make one read unbounded in memory. */
export const MAX_LIVE_TOPICS = 5000;
export const MAX_LIVE_GROUPS = 2000;

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
  /** The classic assignor in use (range, roundrobin, …) when a classic group is active. */
  assignor?: string;
  members: Array<{ clientId: string; host: string; topics: string[] }>;
}

export interface KafkaClusterState {
  topics: LiveTopicState[];
  groups: LiveGroupState[];
  /** Internal topics (`__consumer_offsets`, …): Kafka manages them, so they are named, not read. */
  internalTopics: string[];
  /** Groups of other kinds (Connect, …), by id and protocol type: not consumer groups, so not described. */
  otherGroups: Array<{ groupId: string; protocolType: string }>;
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
  const all = (await admin.listTopics({ includeInternals: true })).sort();
  const internalTopics = all.filter((n) => n.startsWith('__'));
  let names = all.filter((n) => !n.startsWith('__') && (!options.include || options.include(n)));
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
  const isClassicConsumer = (g: (typeof groups)[number]) => g.groupType !== 'consumer' && (g.protocolType === 'consumer' || g.protocolType === '');
  const classicIds = groups.filter(isClassicConsumer).map((g) => g.id);
  const otherGroups = groups.filter((g) => g.groupType !== 'consumer' && !isClassicConsumer(g)).map((g) => ({ groupId: g.id, protocolType: g.protocolType }));
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
    for (const g of await describeClassicGroups(admin, batch)) {
      if (g.errorCode !== 0) {
        problems.push(`Group "${g.groupId}" could not be described (error ${g.errorCode}).`);
        continue;
      }
      if (g.members.some((m) => m.unreadable)) problems.push(`A member of group "${g.groupId}" sent subscription data that is not the consumer protocol's.`);
      const members = g.members.map((m) => ({ clientId: m.clientId, host: m.clientHost, topics: m.topics }));
      states.push({ groupId: g.groupId, protocol: 'classic', state: g.state, ...(g.protocol ? { assignor: g.protocol } : {}), members });
    }
  }
  states.sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  return { topics, groups: states, internalTopics, otherGroups, problems };
}
