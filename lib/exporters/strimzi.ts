import type { Design, KafkaTopicNode } from '../design';
import { transactionalIdResource } from '../rules/kafka/_transactional-ids';
import { commentText, shortHash } from './escape';
import type { Exporter, ExportResult } from './exporter';
import { exportableKafkaTopics, groupIdOf, K8S_NAME, kafkaClients, topicSettings, type KafkaClient, type KafkaTopicGroup } from './kafka-common';
import { toYamlDocuments } from './yaml';

/**
 * Strimzi `KafkaTopic` and `KafkaUser` custom resources, one multi-document
 * YAML file. `kafka.strimzi.io/v1` (Strimzi 0.49+, the only version 1.x
 * serves) by default; `v1beta2` (Strimzi 0.22–0.51) as a second exporter.
 *
 * Names: `metadata.name` must be a Kubernetes object name (lowercase RFC 1123
 * subdomain, kept to 63 characters). A Kafka name that is not one (`Orders`,
 * `orders_dlq`, 64+ characters) is mapped: lowercased, other characters
 * replaced by `-`, cut to fit, and suffixed with `-` and 8 hex digits of a
 * hash of the real name so two topics never map to the same object. The real
 * name then goes in `spec.topicName` (KafkaTopic). A KafkaUser's name is the
 * Kafka principal (`User:<name>`), mapped the same way from the node id.
 * `strimzi.io/cluster` is the Kafka cluster resource's name, mapped from the
 * design's cluster id.
 */

export type StrimziApiVersion = 'kafka.strimzi.io/v1' | 'kafka.strimzi.io/v1beta2';

const MAX_NAME = 63;

/** The Kubernetes name for `name`, and whether it had to be mapped. */
export function k8sName(name: string): { name: string; mapped: boolean } {
  if (K8S_NAME.test(name) && name.length <= MAX_NAME) return { name, mapped: false };
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, MAX_NAME - 9)
    .replace(/[^a-z0-9]+$/, '');
  const suffix = shortHash(name);
  return { name: base ? `${base}-${suffix}` : `x-${suffix}`, mapped: true };
}

/** A label value (the Kafka cluster resource name): lowercase DNS label from the cluster id. */
function clusterLabel(id: string): string {
  const label = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').slice(0, MAX_NAME).replace(/-+$/, '');
  return label || 'my-cluster';
}

interface Acl {
  resource: { type: 'topic' | 'group' | 'transactionalId'; name: string; patternType: 'literal' | 'prefix' };
  operations: string[];
}

function topicDocs(groups: KafkaTopicGroup[], apiVersion: StrimziApiVersion): { docs: object[]; names: Map<KafkaTopicNode, string> } {
  const all = groups.flatMap((g) => g.topics);
  // Names that are already valid are kept as they are; mapped ones must not collide with them.
  const kept = new Set(all.filter((t) => K8S_NAME.test(t.name) && t.name.length <= MAX_NAME).map((t) => t.name));
  const used = new Set<string>();
  const names = new Map<KafkaTopicNode, string>();
  const docs: object[] = [];
  for (const group of groups) {
    for (const topic of group.topics) {
      let { name, mapped } = k8sName(topic.name);
      // The same topic name on two clusters, or a mapped name equal to a kept one, would be one object
      // in the namespace: map again with a counter.
      for (let n = 2; used.has(name) || (mapped && kept.has(name)); n++) {
        name = k8sName(`${topic.name}#${n}`).name;
        mapped = true;
      }
      used.add(name);
      names.set(topic, name);
      const config = Object.fromEntries(topicSettings(topic));
      docs.push({
        apiVersion,
        kind: 'KafkaTopic',
        metadata: {
          name,
          labels: { 'strimzi.io/cluster': clusterLabel(group.id) },
          ...(topic.notes || topic.role !== 'normal' ? { annotations: annotations(topic) } : {}),
        },
        spec: {
          ...(mapped ? { topicName: topic.name } : {}),
          partitions: topic.partitions,
          replicas: topic.replicationFactor,
          ...(Object.keys(config).length > 0 ? { config } : {}),
        },
      });
    }
  }
  return { docs, names };
}

function annotations(topic: KafkaTopicNode): Record<string, string> {
  const out: Record<string, string> = {};
  if (topic.role !== 'normal') out['queuewright.dev/role'] = topic.role;
  if (topic.notes) out['queuewright.dev/notes'] = commentText(topic.notes, 1000);
  return out;
}

function userDoc(client: KafkaClient, apiVersion: StrimziApiVersion, clusterOf: (t: KafkaTopicNode) => string, name: string): object {
  const ops = new Map<KafkaTopicNode, Set<string>>();
  const add = (topic: KafkaTopicNode, ...operations: string[]) => {
    const set = ops.get(topic) ?? new Set<string>(['Describe']);
    operations.forEach((o) => set.add(o));
    ops.set(topic, set);
  };
  client.writes.forEach((t) => add(t, 'Write'));
  client.reads.forEach((t) => add(t, 'Read'));
  const order = ['Describe', 'Read', 'Write'];
  const acls: Acl[] = [...ops].map(([topic, set]) => ({
    resource: { type: 'topic', name: topic.name, patternType: 'literal' },
    operations: order.filter((o) => set.has(o)),
  }));
  const node = client.node;
  if (node.kind === 'consumer-group' && client.reads.length > 0) {
    acls.push({ resource: { type: 'group', name: groupIdOf(node), patternType: 'literal' }, operations: ['Read'] });
  }
  // Several instances each use <transactional.id>-<n>: the ACL allows that prefix.
  const transactional = node.kind === 'producer' ? transactionalIdResource(node) : undefined;
  if (transactional) acls.push({ resource: { type: 'transactionalId', ...transactional }, operations: ['Describe', 'Write'] });
  const cluster = clusterOf(client.writes[0] ?? client.reads[0]);
  return {
    apiVersion,
    kind: 'KafkaUser',
    metadata: { name, labels: { 'strimzi.io/cluster': cluster } },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: { type: 'simple', acls },
    },
  };
}

function exportStrimzi(design: Design, apiVersion: StrimziApiVersion): ExportResult {
  const exportable = exportableKafkaTopics(design, { withClients: true });
  if (!exportable.ok) return exportable;
  // Strimzi runs Apache Kafka; it cannot manage a Redpanda cluster's topics or users.
  const redpanda = exportable.groups.filter((g) => g.cluster?.broker === 'redpanda');
  const groups = exportable.groups.filter((g) => g.cluster?.broker !== 'redpanda');
  if (groups.length === 0) {
    return {
      ok: false,
      errors: [{ message: `Strimzi manages Apache Kafka clusters only, and every Kafka topic of the design is on a Redpanda cluster (${redpanda.map((g) => `"${commentText(g.cluster!.name, 80)}"`).join(', ')}). Export them with topicctl, Terraform (Mongey/kafka) or the kafka-topics.sh script instead.` }],
    };
  }
  const { docs } = topicDocs(groups, apiVersion);
  const managed = new Set(groups.flatMap((g) => g.topics));
  const clusterOfTopic = (topic: KafkaTopicNode) => clusterLabel(groups.find((g) => g.topics.includes(topic))!.id);
  const userNames = new Set<string>();
  const clients = kafkaClients(design)
    .map((c) => ({ ...c, writes: c.writes.filter((t) => managed.has(t)), reads: c.reads.filter((t) => managed.has(t)) }))
    .filter((c) => c.writes.length > 0 || c.reads.length > 0);
  for (const client of clients) {
    // A user can only hold ACLs on one Kafka cluster; a service on several clusters gets one user per cluster.
    const topicsByCluster = new Map<string, KafkaClient>();
    for (const topic of [...client.writes, ...client.reads]) {
      const cluster = clusterOfTopic(topic);
      if (!topicsByCluster.has(cluster)) {
        topicsByCluster.set(cluster, {
          node: client.node,
          writes: client.writes.filter((t) => clusterOfTopic(t) === cluster),
          reads: client.reads.filter((t) => clusterOfTopic(t) === cluster),
        });
      }
    }
    for (const [cluster, part] of topicsByCluster) {
      const wanted = topicsByCluster.size > 1 ? `${client.node.id}-${cluster}` : client.node.id;
      let name = k8sName(wanted).name;
      for (let n = 2; userNames.has(name); n++) name = k8sName(`${wanted}#${n}`).name;
      userNames.add(name);
      docs.push(userDoc(part, apiVersion, clusterOfTopic, name));
    }
  }
  const head = [
    `# Strimzi resources (${apiVersion}) for the design ${JSON.stringify(commentText(design.name))}. Generated by Queuewright.`,
    '# Apply in the namespace your Topic and User Operators watch: kubectl apply -n <namespace> -f <this file>',
    '# strimzi.io/cluster must name your Kafka resource. Topics whose Kafka name is not a valid Kubernetes',
    '# name get a mapped metadata.name and keep the real name in spec.topicName.',
    ...(redpanda.length > 0
      ? [`# Not here: the topics and users of Redpanda cluster${redpanda.length > 1 ? 's' : ''} ${redpanda.map((g) => JSON.stringify(commentText(g.cluster!.name, 80))).join(', ')}, which Strimzi cannot manage.`]
      : []),
  ].join('\n');
  const body = toYamlDocuments(docs);
  return { ok: true as const, files: [{ path: apiVersion.endsWith('v1') ? 'strimzi-resources.yaml' : 'strimzi-resources.v1beta2.yaml', content: `${head}\n${body}` }] };
}

export const strimziExporter: Exporter = {
  id: 'strimzi',
  label: 'Strimzi KafkaTopic / KafkaUser (v1)',
  description: 'Kubernetes custom resources for the Strimzi operators, kafka.strimzi.io/v1 (Strimzi 0.49 and 1.x).',
  language: 'yaml',
  export: (design) => exportStrimzi(design, 'kafka.strimzi.io/v1'),
};

export const strimziV1beta2Exporter: Exporter = {
  id: 'strimzi-v1beta2',
  label: 'Strimzi KafkaTopic / KafkaUser (v1beta2)',
  description: 'The same resources as kafka.strimzi.io/v1beta2, for Strimzi 0.22 to 0.51.',
  language: 'yaml',
  export: (design) => exportStrimzi(design, 'kafka.strimzi.io/v1beta2'),
};
