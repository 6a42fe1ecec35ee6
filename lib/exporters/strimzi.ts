import type { Design, KafkaAcl, KafkaPrincipal } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import { commentText, descriptionText, shortHash } from './escape';
import type { Exporter, ExportResult } from './exporter';
import { principalAcls } from './kafka-acls';
import { notCarriedComment, type Carries } from './not-carried';
import { clientIdOf, K8S_NAME, kafkaClientErrors, kafkaClients, kafkaTopicErrors, kafkaTopicGroups, topicSettings, type KafkaClient, type KafkaTopicGroup } from './kafka-common';
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
  const label = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, MAX_NAME)
    .replace(/-+$/, '');
  return label || 'my-cluster';
}

function topicDocs(groups: KafkaTopicGroup[], apiVersion: StrimziApiVersion): { docs: object[]; names: Map<ResolvedKafkaTopic, string> } {
  const all = groups.flatMap((g) => g.topics);
  // Names that are already valid are kept as they are; mapped ones must not collide with them.
  const kept = new Set(all.filter((t) => K8S_NAME.test(t.name) && t.name.length <= MAX_NAME).map((t) => t.name));
  const used = new Set<string>();
  const names = new Map<ResolvedKafkaTopic, string>();
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

function annotations(topic: ResolvedKafkaTopic): Record<string, string> {
  const out: Record<string, string> = {};
  if (topic.role !== 'normal') out['queuewright.dev/role'] = topic.role;
  // The whole notes (an annotation value may be long), so that an import gives them back.
  if (topic.notes) out['queuewright.dev/notes'] = descriptionText(topic.notes, 20_000);
  return out;
}

/** An ACL rule as a KafkaUser writes it: allow is Strimzi's default and left out, as are an unset host and the cluster's name. */
function aclDoc(acl: KafkaAcl): object {
  const { type, name, patternType } = acl.resource;
  return {
    resource: { type, ...(name !== undefined ? { name, patternType } : {}) },
    operations: acl.operations,
    ...(acl.host !== undefined ? { host: acl.host } : {}),
    ...(acl.type === 'deny' ? { type: 'deny' } : {}),
  };
}

/**
 * A KafkaUser: a declared principal as it was declared (authentication,
 * rules, quotas), with the rules its service's connections need added; or,
 * for a service without one, a user made for it (SCRAM-SHA-512 and the rules
 * its connections need).
 */
function userDoc(apiVersion: StrimziApiVersion, cluster: string, name: string, principal: KafkaPrincipal | undefined, client: KafkaClient | undefined): object {
  const acls = principalAcls(principal, client);
  const authentication = principal ? principal.authentication : 'scram-sha-512';
  const authorized = principal?.acls !== undefined || acls.length > 0;
  return {
    apiVersion,
    kind: 'KafkaUser',
    metadata: { name, labels: { 'strimzi.io/cluster': cluster } },
    spec: {
      ...(authentication ? { authentication: { type: authentication } } : {}),
      ...(authorized ? { authorization: { type: 'simple', acls: acls.map(aclDoc) } } : {}),
      ...(principal?.quotas && Object.keys(principal.quotas).length > 0 ? { quotas: principal.quotas } : {}),
    },
  };
}

function exportStrimzi(document: Design, apiVersion: StrimziApiVersion): ExportResult {
  const design = resolveDesign(document);
  const all = kafkaTopicGroups(design);
  const withPrincipals = design.clusters.filter((c) => (c.broker === 'kafka' || c.broker === 'redpanda') && (c.principals?.length ?? 0) > 0);
  if (all.length === 0 && withPrincipals.length === 0) return { ok: false, errors: [{ message: 'The design has no Kafka topics or users to export. Add a Kafka topic, or choose another format.' }] };
  const errors = [...kafkaTopicErrors(design), ...kafkaClientErrors(design)];
  if (errors.length > 0) return { ok: false, errors };
  // Strimzi runs Apache Kafka; it cannot manage a Redpanda cluster's topics or users.
  const redpanda = [...new Set([...all.flatMap((g) => (g.cluster?.broker === 'redpanda' ? [g.cluster] : [])), ...withPrincipals.filter((c) => c.broker === 'redpanda')])];
  const groups = all.filter((g) => g.cluster?.broker !== 'redpanda');
  const principalClusters = withPrincipals.filter((c) => c.broker === 'kafka');
  if (groups.length === 0 && principalClusters.length === 0) {
    return {
      ok: false,
      errors: [
        {
          message: `Strimzi manages Apache Kafka clusters only, and every Kafka topic and user of the design is on a Redpanda cluster (${redpanda.map((c) => `"${commentText(c.name, 80)}"`).join(', ')}). Export them with topicctl, Terraform (Mongey/kafka) or the kafka-topics.sh script instead.`,
        },
      ],
    };
  }
  const { docs } = topicDocs(groups, apiVersion);
  const managed = new Set(groups.flatMap((g) => g.topics));
  const groupOf = (topic: ResolvedKafkaTopic) => groups.find((g) => g.topics.includes(topic))!;
  const userNames = new Set<string>();
  const claim = (wanted: string) => {
    let name = k8sName(wanted).name;
    for (let n = 2; userNames.has(name); n++) name = k8sName(`${wanted}#${n}`).name;
    userNames.add(name);
    return name;
  };
  // A user holds ACLs on one Kafka cluster: a service on several clusters gets one user per cluster.
  const clientParts = new Map<string, KafkaClient>();
  for (const client of kafkaClients(design)) {
    for (const topic of [...client.writes, ...client.reads]) {
      if (!managed.has(topic)) continue;
      const key = `${groupOf(topic).id}\u0000${client.node.id}`;
      if (clientParts.has(key)) continue;
      const inGroup = (t: ResolvedKafkaTopic) => managed.has(t) && groupOf(t) === groupOf(topic);
      clientParts.set(key, { node: client.node, writes: client.writes.filter(inGroup), reads: client.reads.filter(inGroup) });
    }
  }
  const declared = new Set<string>();
  for (const cluster of principalClusters) {
    for (const principal of cluster.principals ?? []) {
      const key = `${cluster.id}\u0000${principal.service ?? ''}`;
      if (principal.service !== undefined) declared.add(key);
      docs.push(userDoc(apiVersion, clusterLabel(cluster.id), claim(principal.name), principal, principal.service !== undefined ? clientParts.get(key) : undefined));
    }
  }
  const perService = new Map<string, number>();
  for (const key of clientParts.keys()) perService.set(key.split('\u0000')[1], (perService.get(key.split('\u0000')[1]) ?? 0) + 1);
  for (const [key, part] of clientParts) {
    if (declared.has(key)) continue;
    const [groupId] = key.split('\u0000');
    const cluster = clusterLabel(groupId);
    docs.push(userDoc(apiVersion, cluster, claim((perService.get(part.node.id) ?? 0) > 1 ? `${clientIdOf(part.node)}-${cluster}` : clientIdOf(part.node)), undefined, part));
  }
  const head = [
    `# Strimzi resources (${apiVersion}) for the design ${JSON.stringify(commentText(design.name))}. Generated by Queuewright.`,
    '# Apply in the namespace your Topic and User Operators watch: kubectl apply -n <namespace> -f <this file>',
    '# strimzi.io/cluster must name your Kafka resource. Topics whose Kafka name is not a valid Kubernetes',
    '# name get a mapped metadata.name and keep the real name in spec.topicName.',
    ...(redpanda.length > 0
      ? [
          `# Not here: the topics and users of Redpanda cluster${redpanda.length > 1 ? 's' : ''} ${redpanda.map((c) => JSON.stringify(commentText(c.name, 80))).join(', ')}, which Strimzi cannot manage.`,
        ]
      : []),
  ].join('\n');
  const body = toYamlDocuments(docs);
  const left = notCarriedComment(document, STRIMZI_CARRIES);
  return { ok: true as const, files: [{ path: apiVersion.endsWith('v1') ? 'strimzi-resources.yaml' : 'strimzi-resources.v1beta2.yaml', content: `${head}\n${left}${body}` }] };
}

/** What KafkaTopics and KafkaUsers keep of a design; the rest is listed in the file's header. */
const STRIMZI_CARRIES: Carries = {
  format: 'Strimzi resources',
  nodes: {
    'kafka-topic': { fields: ['partitions', 'replicationFactor', 'config', 'role', 'notes'] },
    // A service is the KafkaUser holding the ACLs its connections need.
    producer: { fields: ['kafka.transactional.id'], linked: true },
    'consumer-group': { fields: ['groupId'], linked: true },
  },
  connections: ['publish', 'consume'],
  cluster: ['principals'],
  // The node count bounds the replication factor; several instances make a transactional id a prefix rule.
  uses: ['nodes', 'producer.instances'],
  design: [],
};

export const strimziExporter: Exporter = {
  id: 'strimzi',
  label: 'Strimzi KafkaTopic / KafkaUser (v1)',
  description: 'Kubernetes custom resources for the Strimzi operators, kafka.strimzi.io/v1 (Strimzi 0.49 and 1.x).',
  language: 'yaml',
  carries: STRIMZI_CARRIES,
  export: (design) => exportStrimzi(design, 'kafka.strimzi.io/v1'),
};

export const strimziV1beta2Exporter: Exporter = {
  id: 'strimzi-v1beta2',
  label: 'Strimzi KafkaTopic / KafkaUser (v1beta2)',
  description: 'The same resources as kafka.strimzi.io/v1beta2, for Strimzi 0.22 to 0.51.',
  language: 'yaml',
  carries: STRIMZI_CARRIES,
  export: (design) => exportStrimzi(design, 'kafka.strimzi.io/v1beta2'),
};
