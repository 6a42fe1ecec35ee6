import { pulsarTopicName, type Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedPulsarTopic } from '../brokers/pulsar/resolve';
import { commentText, hclString } from './escape';
import type { Exporter } from './exporter';
import { notCarried, notCarriedHeading, type Carries } from './not-carried';
import { aligned, terraformName } from './terraform-kafka';

/**
 * Terraform for a design's Pulsar tenants, namespaces and topics with the
 * streamnative/pulsar provider: `pulsar_tenant`, `pulsar_namespace` (the
 * retention, message TTL, backlog quota, deduplication and schema
 * compatibility its topics set; where they disagree, the first topic's, and
 * the file lists the topics that take another's) and
 * `pulsar_topic` (persistence and partitions). Subscriptions and their
 * consumer settings belong to the consumers and are not written. Every
 * argument is one the provider documents (lib/brokers/pulsar/terraform-arguments.ts;
 * the tests parse the output and check each one).
 */

type Topic = ResolvedPulsarTopic;
const str = hclString;
const BUILT_IN_TENANTS = new Set(['public', 'pulsar']);

function block(header: string, attrs: Array<[string, string]>, inner: string[][] = [], indent = ''): string[] {
  const lines = [`${indent}${header} {`, ...aligned(`${indent}  `, attrs)];
  for (const child of inner) lines.push('', ...child.map((l) => `  ${l}`));
  return [...lines, `${indent}}`];
}

/** The first value a topic of the namespace sets for `key`, with that topic. */
function firstSet<K extends keyof Topic>(topics: Topic[], key: K, written: (t: Topic, key: string) => boolean): Topic[K] | undefined {
  return topics.find((t) => written(t, key as string))?.[key];
}

/** The topic whose backlog quota the namespace takes: the first with a byte or age limit. */
function quotaTopic(topics: Topic[], written: (t: Topic, key: string) => boolean): Topic | undefined {
  return topics.find((t) => (written(t, 'backlogQuotaLimitBytes') && t.backlogQuotaLimitBytes >= 0) || (t.backlogQuotaLimitSeconds ?? -1) >= 0);
}

function namespaceResource(name: string, tenantRef: string, namespace: string, topics: Topic[], written: (t: Topic, key: string) => boolean): string[] {
  const has = (key: string) => topics.some((t) => written(t, key));
  const quota = quotaTopic(topics, written);
  const ttl = firstSet(topics, 'messageTtlSeconds', written);
  const compatibility = firstSet(topics, 'schemaCompatibilityStrategy', written);
  const config = [
    ...(ttl !== undefined ? [['message_ttl_seconds', String(ttl)] as [string, string]] : []),
    ...(compatibility ? [['schema_compatibility_strategy', str(compatibility)] as [string, string]] : []),
  ];
  const retentionTopic = topics.find((t) => written(t, 'retentionTimeInMinutes') || written(t, 'retentionSizeInMB'));
  const inner = [
    ...(retentionTopic
      ? [
          block('retention_policies', [
            ['retention_minutes', str(String(retentionTopic.retentionTimeInMinutes))],
            ['retention_size_in_mb', str(String(retentionTopic.retentionSizeInMB))],
          ]),
        ]
      : []),
    ...(quota
      ? [
          block('backlog_quota', [
            ['limit_bytes', str(String(quota.backlogQuotaLimitBytes))],
            ['limit_seconds', str(String(quota.backlogQuotaLimitSeconds ?? -1))],
            ['policy', str(quota.backlogQuotaPolicy ?? 'producer_request_hold')],
            ['type', str(quota.backlogQuotaLimitBytes >= 0 ? 'destination_storage' : 'message_age')],
          ]),
        ]
      : []),
    ...(config.length > 0 ? [block('namespace_config', config)] : []),
  ];
  const attrs: Array<[string, string]> = [
    ['tenant', tenantRef],
    ['namespace', str(namespace)],
  ];
  if (has('deduplication')) attrs.push(['enable_deduplication', String(firstSet(topics, 'deduplication', written))]);
  return block(`resource "pulsar_namespace" "${name}"`, attrs, inner);
}

/** The main.tf of a design's Pulsar topics. */
export function terraformPulsar(design: Design): string {
  const topics = resolveDesign(design).nodes.filter((n): n is Topic => n.kind === 'pulsar-topic');
  const written = (t: Topic, key: string) => (design.nodes.find((n) => n.id === t.id) as Record<string, unknown> | undefined)?.[key] !== undefined;
  const taken = new Set<string>();
  const unique = (text: string) => {
    const base = terraformName(text);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    return name;
  };
  const tenants = new Map([...new Set(topics.map((t) => t.tenant))].map((t) => [t, unique(t)]));
  const namespaces = new Map<string, { name: string; tenant: string; namespace: string; topics: Topic[] }>();
  for (const t of topics) {
    const key = `${t.tenant}/${t.namespace}`;
    const entry = namespaces.get(key) ?? { name: unique(`${t.tenant}_${t.namespace}`), tenant: t.tenant, namespace: t.namespace, topics: [] };
    entry.topics.push(t);
    namespaces.set(key, entry);
  }
  const tenantRef = (tenant: string) => (BUILT_IN_TENANTS.has(tenant) ? str(tenant) : `pulsar_tenant.${tenants.get(tenant)}.tenant`);
  const sections = [
    [
      `# Apache Pulsar tenants, namespaces and topics of the design ${JSON.stringify(commentText(design.name))}, for the streamnative/pulsar provider.`,
      '# Generated by Queuewright. Run: terraform init && terraform plan',
      ...notCarriedLines(
        design,
        [...namespaces.values()].map((ns) => ns.topics),
        written,
      ),
    ],
    ['terraform {', '  required_providers {', '    pulsar = {', '      source = "streamnative/pulsar"', '    }', '  }', '}'],
    ['variable "pulsar_cluster" {', '  type        = string', '  description = "The Pulsar cluster tenants may use"', '  default     = "standalone"', '}'],
    ...[...tenants]
      .filter(([t]) => !BUILT_IN_TENANTS.has(t))
      .map(([t, name]) =>
        block(`resource "pulsar_tenant" "${name}"`, [
          ['tenant', str(t)],
          ['allowed_clusters', '[var.pulsar_cluster]'],
        ]),
      ),
    ...[...namespaces.values()].map((ns) => namespaceResource(ns.name, tenantRef(ns.tenant), ns.namespace, ns.topics, written)),
    ...topics.map((t) => {
      const ns = namespaces.get(`${t.tenant}/${t.namespace}`)!;
      return [
        `# ${commentText(pulsarTopicName(t))}`,
        ...block(`resource "pulsar_topic" "${unique(t.name)}"`, [
          ['tenant', tenantRef(t.tenant)],
          ['namespace', `pulsar_namespace.${ns.name}.namespace`],
          ['topic_type', str(t.persistence)],
          ['topic_name', str(pulsarTopicName(t).split('/').pop()!)],
          ['partitions', String(t.partitions)],
        ]),
      ];
    }),
  ];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}

/** What the Terraform file keeps of a design: the importer (lib/importers/terraform-pulsar.ts) gives these back, each namespace's policies to all its topics. */
export const TERRAFORM_PULSAR_CARRIES: Carries = {
  format: 'the Pulsar Terraform',
  nodes: {
    'pulsar-topic': {
      fields: [
        'tenant',
        'namespace',
        'persistence',
        'partitions',
        'retentionTimeInMinutes',
        'retentionSizeInMB',
        'messageTtlSeconds',
        'backlogQuotaLimitBytes',
        'backlogQuotaLimitSeconds',
        'backlogQuotaPolicy',
        'deduplication',
        'schemaCompatibilityStrategy',
      ],
    },
  },
  connections: [],
  cluster: [],
  design: [],
};

/** The namespace policies, by the written argument that holds them: a topic whose value differs from the one its namespace takes is listed. */
const POLICY_GROUPS: ReadonlyArray<readonly (keyof Topic)[]> = [
  ['retentionTimeInMinutes', 'retentionSizeInMB'],
  ['backlogQuotaLimitBytes', 'backlogQuotaLimitSeconds', 'backlogQuotaPolicy'],
  ['messageTtlSeconds'],
  ['deduplication'],
  ['schemaCompatibilityStrategy'],
];

/**
 * The list of what the file cannot keep, as comment lines: what the design sets outside TERRAFORM_PULSAR_CARRIES,
 * and each topic whose policy differs from the one its namespace takes (Pulsar keeps these per namespace).
 */
function notCarriedLines(design: Design, namespaces: Topic[][], written: (t: Topic, key: string) => boolean): string[] {
  const lines = notCarried(design, TERRAFORM_PULSAR_CARRIES);
  for (const topics of namespaces) {
    for (const group of POLICY_GROUPS) {
      // The topic whose values the namespace takes, as namespaceResource chooses it.
      const taken = group[0] === 'backlogQuotaLimitBytes' ? quotaTopic(topics, written) : topics.find((t) => group.some((key) => written(t, key)));
      if (taken === undefined) continue;
      const differs = (t: Topic) => group.some((key) => t[key] !== taken[key]);
      const others = topics.filter(differs);
      if (others.length === 0) continue;
      const names = others.map((t) => JSON.stringify(commentText(t.name, 60))).join(', ');
      lines.push(`${group.join(', ')} of pulsar-topic ${names}: the namespace ${commentText(`${taken.tenant}/${taken.namespace}`, 120)} takes ${JSON.stringify(commentText(taken.name, 60))}'s`);
    }
  }
  if (lines.length === 0) return [];
  return [`# ${notCarriedHeading(TERRAFORM_PULSAR_CARRIES)}`, ...lines.map((l) => `# - ${commentText(l, 400)}`)];
}

export const terraformPulsarExporter: Exporter = {
  id: 'terraform-pulsar',
  label: 'Terraform (Apache Pulsar)',
  description: 'Terraform for the streamnative/pulsar provider: tenants, namespaces with their policies, and topics.',
  language: 'hcl',
  carries: TERRAFORM_PULSAR_CARRIES,
  export(design) {
    if (!design.nodes.some((n) => n.kind === 'pulsar-topic')) return { ok: false, errors: [{ message: 'The design has no Pulsar topic to create.' }] };
    return { ok: true, files: [{ path: 'terraform/pulsar/main.tf', content: terraformPulsar(design) }] };
  },
};
