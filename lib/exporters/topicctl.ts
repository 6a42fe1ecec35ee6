import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign } from '../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import { descriptionText } from './escape';
import type { Exporter, ExportFile } from './exporter';
import { notCarriedComment, type Carries } from './not-carried';
import { exportableKafkaTopics, groupIdOf, kafkaClients, nodeError, type KafkaTopicGroup, topicSettings } from './kafka-common';
import type { ConfigValue } from './kafka-config-domain';
import { toYaml } from './yaml';

/**
 * segmentio/topicctl configs: per cluster, `<cluster>/cluster.yaml` and
 * `<cluster>/topics/<topic>.yaml` (topicctl finds the cluster file at
 * `<topic dir>/../cluster.yaml`). topicctl reads YAML strictly (unknown keys
 * are errors) and allows only listed `settings` keys, so only those are
 * written; a topic setting it does not know is left out with a comment.
 * The placement is the design's (strategy, picker, static assignments), so
 * `topicctl apply` moves no replica the design did not ask to move.
 */

/** Settings keys topicctl v2 accepts (pkg/config/settings.go, see export-formats §4.2). */
export const TOPICCTL_SETTINGS = new Set([
  'cleanup.policy',
  'compression.type',
  'delete.retention.ms',
  'file.delete.delay.ms',
  'flush.messages',
  'flush.ms',
  'follower.replication.throttled.replicas',
  'index.interval.bytes',
  'leader.replication.throttled.replicas',
  'max.compaction.lag.ms',
  'max.message.bytes',
  'message.format.version',
  'message.timestamp.difference.max.ms',
  'message.timestamp.type',
  'min.cleanable.dirty.ratio',
  'min.compaction.lag.ms',
  'min.insync.replicas',
  'preallocate',
  'retention.bytes',
  'retention.ms',
  'local.retention.bytes',
  'local.retention.ms',
  'remote.storage.enable',
  'remote.log.msk.disable.policy',
  'segment.bytes',
  'segment.index.bytes',
  'segment.jitter.ms',
  'segment.ms',
  'unclean.leader.election.enable',
]);

/** Placement strategies topicctl accepts (pkg/config/topic.go). */
export const TOPICCTL_STRATEGIES = ['any', 'balanced-leaders', 'in-rack', 'cross-rack', 'static', 'static-in-rack'] as const;

const REGION = 'default';
/** The label that names a topic's message type (the design's messageSchema.name). */
export const MESSAGE_TYPE_LABEL = 'message-type';

function yaml(doc: unknown): string {
  return toYaml(doc);
}

/**
 * The topic's placement as topicctl writes it: the design's strategy, picker
 * and static assignments when it has them. A topic without a placement leaves
 * the choice to the export (Kafka's own assignment is rack-aware): its
 * replicas spread over racks when the cluster has enough of them, otherwise
 * any placement.
 */
function placementOf(topic: ResolvedKafkaTopic, group: KafkaTopicGroup): Record<string, unknown> {
  const racks = group.cluster?.racks ?? 1;
  const strategy = topic.placement ?? (racks > 1 && topic.replicationFactor <= racks ? 'cross-rack' : 'any');
  return {
    strategy,
    ...(topic.placementPicker !== undefined ? { picker: topic.placementPicker } : {}),
    ...(strategy === 'static' ? { staticAssignments: topic.staticAssignments } : {}),
    ...(strategy === 'static-in-rack' ? { staticRackAssignments: topic.staticRackAssignments } : {}),
  };
}

/**
 * What `topicctl apply` refuses about a placement, in its words
 * (pkg/config/topic.go, TopicConfig.Validate), checked against the rack count
 * the design gives the cluster.
 */
function placementProblems(topic: ResolvedKafkaTopic, group: KafkaTopicGroup): string[] {
  const racks = group.cluster?.racks;
  switch (topic.placement) {
    case 'static':
      if (topic.staticAssignments?.length !== topic.partitions) return ['placement static: "Static assignments must be same length as partitions" (one list of broker ids per partition)'];
      if (topic.staticAssignments.some((row) => row.length !== topic.replicationFactor)) return ['placement static: "Static assignment rows must match replication factor"'];
      return [];
    case 'static-in-rack':
      return topic.staticRackAssignments?.length === topic.partitions ? [] : ['placement static-in-rack: "Static rack assignments must be same length as partitions" (one rack per partition)'];
    case 'balanced-leaders':
      return racks !== undefined && topic.partitions % racks !== 0
        ? [`placement balanced-leaders: "Number of partitions (${topic.partitions}) is not a multiple of the number of racks (${racks})"`]
        : [];
    case 'cross-rack':
      return racks !== undefined && topic.replicationFactor > racks
        ? [`placement cross-rack: "Replication factor (${topic.replicationFactor}) cannot be larger than the number of racks (${racks})"`]
        : [];
    default:
      return [];
  }
}

function topicFile(design: ResolvedDesign, topic: ResolvedKafkaTopic, group: KafkaTopicGroup, consumers: string[]): string {
  const settings: Record<string, ConfigValue> = {};
  const left: string[] = [];
  for (const [key, value] of topicSettings(topic)) {
    if (TOPICCTL_SETTINGS.has(key)) settings[key] = value;
    else left.push(key);
  }
  // retentionMinutes is topicctl's own field; retention.ms stays a setting when it is not whole minutes (or -1).
  const retention = settings['retention.ms'];
  let retentionMinutes: number | undefined;
  if (typeof retention === 'number' && retention > 0 && retention % 60_000 === 0) {
    retentionMinutes = retention / 60_000;
    delete settings['retention.ms'];
  }
  // The description is the topic's notes; its role and message type are labels (free text in topicctl), so an
  // import gives each back where it was.
  const labels = {
    ...(topic.role !== 'normal' ? { role: topic.role } : {}),
    ...(topic.messageSchema.name ? { [MESSAGE_TYPE_LABEL]: topic.messageSchema.name } : {}),
  };
  const doc = {
    meta: {
      name: topic.name,
      cluster: group.id,
      environment: group.cluster?.environment ?? 'development',
      region: REGION,
      ...(topic.notes ? { description: descriptionText(topic.notes, 20_000) } : {}),
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      // Sorted: the list says who reads the topic, in an order that does not depend on how the design was drawn.
      ...(consumers.length > 0 ? { consumers: [...consumers].sort() } : {}),
    },
    spec: {
      partitions: topic.partitions,
      replicationFactor: topic.replicationFactor,
      ...(retentionMinutes !== undefined ? { retentionMinutes } : {}),
      placement: placementOf(topic, group),
      ...(Object.keys(settings).length > 0 ? { settings } : {}),
    },
  };
  const notes = left.length > 0 ? `# Not written (topicctl does not accept these settings): ${left.join(', ')}\n` : '';
  return `# topicctl topic config. Generated by Queuewright.\n${notes}${yaml(doc)}`;
}

function clusterFile(design: ResolvedDesign, group: KafkaTopicGroup, left: string): string {
  const doc = {
    meta: {
      name: group.id,
      environment: group.cluster?.environment ?? 'development',
      region: REGION,
      description: descriptionText(group.cluster ? `${group.cluster.name} (design "${design.name}")` : `Kafka topics of the design "${design.name}" without a cluster`),
    },
    spec: { bootstrapAddrs: ['localhost:9092'] },
  };
  return `# topicctl cluster config. Generated by Queuewright: set bootstrapAddrs to your brokers\n# (and spec.tls / spec.sasl if the cluster needs them).\n${left}${yaml(doc)}`;
}

/** What topicctl's files keep of a design; the rest is listed in the first cluster.yaml. */
const TOPICCTL_CARRIES: Carries = {
  format: 'topicctl',
  nodes: {
    'kafka-topic': { fields: ['partitions', 'replicationFactor', 'placement', 'placementPicker', 'staticAssignments', 'staticRackAssignments', 'config', 'role', 'notes', 'messageSchema.name'] },
    // A topic's consumers (meta.consumers) are its consumer groups' ids.
    'consumer-group': { fields: ['groupId'], linked: true },
  },
  connections: ['consume'],
  cluster: ['environment'],
  // The node count bounds the replication factor; without a placement the strategy is chosen from the racks.
  uses: ['nodes', 'racks'],
  design: [],
};

export const topicctlExporter: Exporter = {
  id: 'topicctl',
  label: 'topicctl YAML',
  description: 'segmentio/topicctl cluster and topic configs (topicctl apply).',
  language: 'yaml',
  carries: TOPICCTL_CARRIES,
  export(document) {
    const design = resolveDesign(document);
    const exportable = exportableKafkaTopics(design);
    if (!exportable.ok) return exportable;
    const { groups } = exportable;
    const refused = groups.flatMap((group) => group.topics.flatMap((topic) => placementProblems(topic, group).map((problem) => nodeError(topic, 'Kafka topic', `topicctl refuses its ${problem}`))));
    if (refused.length > 0) return { ok: false, errors: refused };
    const consumersOf = new Map<ResolvedKafkaTopic, string[]>();
    for (const client of kafkaClients(design)) {
      if (client.node.kind !== 'consumer-group') continue;
      // Nodes with one group id are one consumer group: named once.
      for (const topic of client.reads) consumersOf.set(topic, [...new Set([...(consumersOf.get(topic) ?? []), groupIdOf(client.node)])]);
    }
    const files: ExportFile[] = [];
    const left = notCarriedComment(document, TOPICCTL_CARRIES);
    for (const group of groups) {
      files.push({ path: `${group.id}/cluster.yaml`, content: clusterFile(design, group, group === groups[0] ? left : '') });
      // File names must differ even on case-insensitive file systems.
      const taken = new Set<string>();
      for (const topic of group.topics) {
        let file = topic.name;
        for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${topic.name}-${n}`;
        taken.add(file.toLowerCase());
        files.push({ path: `${group.id}/topics/${file}.yaml`, content: topicFile(design, topic, group, consumersOf.get(topic) ?? []) });
      }
    }
    return { ok: true, files };
  },
};
