import { commentText, hclString } from './escape';
import type { Exporter } from './exporter';
import { notCarriedComment, type Carries } from './not-carried';
import { buildPubsubTopology, type PubsubSubscriptionDef, type PubsubTopicDef, type PubsubTopology } from './pubsub-topology';
import { aligned, terraformName } from './terraform-kafka';

/**
 * Terraform for a design's Google Cloud Pub/Sub topics, schemas and
 * subscriptions with the hashicorp/google provider: `google_pubsub_schema`,
 * `google_pubsub_topic` (retention, storage regions, KMS key, schema
 * settings) and `google_pubsub_subscription` (push, BigQuery or Cloud
 * Storage delivery, ack deadline, retention, ordering, exactly-once, filter,
 * expiration, dead-letter and retry policies), and for every dead-letter
 * policy the two grants Pub/Sub's service agent needs (publish to the
 * dead-letter topic, subscribe to the source subscription), without which
 * nothing is dead-lettered.
 *
 * Only what the design sets is written; Pub/Sub applies its defaults to the
 * rest. Durations are seconds with an `s` suffix. Every argument is one the
 * provider documents (lib/brokers/pubsub/terraform-arguments.ts; the tests
 * parse the output and check each one).
 */

interface Block {
  header: string;
  attrs: Array<[string, string]>;
  blocks?: Block[];
}

const str = hclString;
const secs = (n: number) => str(`${n}s`);
const bool = (b: boolean) => String(b);

function render(block: Block, indent = ''): string[] {
  const inner = `${indent}  `;
  if (block.attrs.length === 0 && (block.blocks ?? []).length === 0) return [`${indent}${block.header} {}`];
  const lines = [`${indent}${block.header} {`, ...(block.attrs.length > 0 ? aligned(inner, block.attrs) : [])];
  for (const child of block.blocks ?? []) {
    if (lines.length > 1) lines.push('');
    lines.push(...render(child, inner));
  }
  lines.push(`${indent}}`);
  return lines;
}

/** `[name, value]` pairs of the values that are set. */
function present(pairs: Array<[string, string | undefined]>): Array<[string, string]> {
  return pairs.filter((p): p is [string, string] => p[1] !== undefined);
}

function maybe<T>(value: T | undefined, write: (v: T) => string): string | undefined {
  return value === undefined ? undefined : write(value);
}

class Names {
  private taken = new Set<string>();
  private byId = new Map<string, string>();
  name(id: string, text: string): string {
    const base = terraformName(text);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    this.byId.set(id, name);
    return name;
  }
  of(id: string): string {
    return this.byId.get(id)!;
  }
}

function schemaBlocks(topics: PubsubTopicDef[], names: Names): Block[] {
  return topics.flatMap(({ node, project, schema }) => {
    if (!schema?.definition || !schema.type) return [];
    const attrs = present([
      ['name', str(schema.id)],
      ['project', maybe(project, str)],
      ['type', str(schema.type)],
      ['definition', str(schema.definition)],
    ]);
    return [{ header: `resource "google_pubsub_schema" ${str(names.name(`schema:${node.id}`, schema.id))}`, attrs }];
  });
}

function topicBlock({ node, project, schema }: PubsubTopicDef, names: Names): Block {
  const blocks: Block[] = [];
  if (node.allowedPersistenceRegions) {
    const regions = `[${node.allowedPersistenceRegions.map(str).join(', ')}]`;
    blocks.push({
      header: 'message_storage_policy',
      attrs: present([
        ['allowed_persistence_regions', regions],
        ['enforce_in_transit', maybe(node.enforceInTransit, bool)],
      ]),
    });
  }
  if (schema) {
    // A schema the design defines is created here; one without a definition is expected to exist in the project.
    const existing = project ? str(`projects/${project}/schemas/${schema.id}`) : `"projects/\${var.project}/schemas/${str(schema.id).slice(1)}`;
    const ref = schema.definition && schema.type ? `google_pubsub_schema.${names.of(`schema:${node.id}`)}.id` : existing;
    blocks.push({
      header: 'schema_settings',
      attrs: present([
        ['schema', ref],
        ['encoding', maybe(schema.encoding, str)],
      ]),
    });
  }
  const attrs = present([
    ['name', str(node.name)],
    ['project', maybe(project, str)],
    ['message_retention_duration', maybe(node.messageRetentionDuration, secs)],
    ['kms_key_name', maybe(node.kmsKeyName, str)],
  ]);
  return { header: `resource "google_pubsub_topic" ${str(names.of(node.id))}`, attrs, blocks };
}

function deliveryBlock({ node }: PubsubSubscriptionDef): Block | undefined {
  const { pushConfig: push, bigqueryConfig: bq, cloudStorageConfig: gcs } = node;
  if (node.deliveryType === 'push' && push) {
    const blocks: Block[] = [];
    if (push.oidcServiceAccountEmail)
      blocks.push({
        header: 'oidc_token',
        attrs: present([
          ['service_account_email', str(push.oidcServiceAccountEmail)],
          ['audience', maybe(push.audience, str)],
        ]),
      });
    // Unwrapped pushes keep the message attributes as HTTP headers.
    if (push.noWrapper) blocks.push({ header: 'no_wrapper', attrs: [['write_metadata', 'true']] });
    return { header: 'push_config', attrs: [['push_endpoint', str(push.pushEndpoint!)]], blocks };
  }
  if (node.deliveryType === 'bigquery' && bq) {
    const attrs = present([
      ['table', str(bq.table!)],
      ['use_topic_schema', maybe(bq.useTopicSchema, bool)],
      ['use_table_schema', maybe(bq.useTableSchema, bool)],
      ['write_metadata', maybe(bq.writeMetadata, bool)],
      ['drop_unknown_fields', maybe(bq.dropUnknownFields, bool)],
      ['service_account_email', maybe(bq.serviceAccountEmail, str)],
    ]);
    return { header: 'bigquery_config', attrs };
  }
  if (node.deliveryType === 'cloudStorage' && gcs) {
    const attrs = present([
      ['bucket', str(gcs.bucket!)],
      ['filename_prefix', maybe(gcs.filenamePrefix, str)],
      ['filename_suffix', maybe(gcs.filenameSuffix, str)],
      ['max_duration', maybe(gcs.maxDurationSeconds, secs)],
      ['max_bytes', maybe(gcs.maxBytes, String)],
      ['max_messages', maybe(gcs.maxMessages, String)],
      ['service_account_email', maybe(gcs.serviceAccountEmail, str)],
    ]);
    const avro = gcs.outputFormat === 'avro' ? [{ header: 'avro_config', attrs: present([['write_metadata', maybe(gcs.writeMetadata, bool)]]) }] : [];
    return { header: 'cloud_storage_config', attrs, blocks: avro };
  }
  return undefined;
}

function policyBlocks(def: PubsubSubscriptionDef, names: Names): Block[] {
  const { node, written } = def;
  const blocks: Block[] = [];
  // An expiration policy without a TTL never expires; with none at all, Pub/Sub's 31-day default applies.
  if (written.has('expirationTtlSeconds')) blocks.push({ header: 'expiration_policy', attrs: [['ttl', node.expirationTtlSeconds === 0 ? '""' : secs(node.expirationTtlSeconds)]] });
  if (def.deadLetterTopic) {
    const attrs = present([
      ['dead_letter_topic', `google_pubsub_topic.${names.of(def.deadLetterTopic.id)}.id`],
      ['max_delivery_attempts', maybe(node.maxDeliveryAttempts, String)],
    ]);
    blocks.push({ header: 'dead_letter_policy', attrs });
  }
  if (node.minimumBackoffSeconds !== undefined || node.maximumBackoffSeconds !== undefined) {
    blocks.push({
      header: 'retry_policy',
      attrs: present([
        ['minimum_backoff', maybe(node.minimumBackoffSeconds, secs)],
        ['maximum_backoff', maybe(node.maximumBackoffSeconds, secs)],
      ]),
    });
  }
  return blocks;
}

function subscriptionBlock(def: PubsubSubscriptionDef, names: Names): Block {
  const { node, written } = def;
  const set = <T>(key: string, value: T, write: (v: T) => string) => (written.has(key) ? write(value) : undefined);
  const attrs = present([
    ['name', str(node.name)],
    ['project', maybe(def.project, str)],
    ['topic', `google_pubsub_topic.${names.of(def.topic.id)}.id`],
    ['ack_deadline_seconds', set('ackDeadlineSeconds', node.ackDeadlineSeconds, String)],
    ['message_retention_duration', set('messageRetentionDuration', node.messageRetentionDuration, secs)],
    ['retain_acked_messages', set('retainAckedMessages', node.retainAckedMessages, bool)],
    ['enable_message_ordering', set('enableMessageOrdering', node.enableMessageOrdering, bool)],
    ['enable_exactly_once_delivery', set('enableExactlyOnceDelivery', node.enableExactlyOnceDelivery, bool)],
    ['filter', maybe(node.filter, str)],
  ]);
  const delivery = deliveryBlock(def);
  return { header: `resource "google_pubsub_subscription" ${str(names.of(node.id))}`, attrs, blocks: [...(delivery ? [delivery] : []), ...policyBlocks(def, names)] };
}

const SERVICE_AGENT = '"serviceAccount:service-${data.google_project.project.number}@gcp-sa-pubsub.iam.gserviceaccount.com"';

/** Pub/Sub's service agent publishes dead letters and acknowledges them on the source subscription: it needs both roles. */
function deadLetterGrants(topology: PubsubTopology, names: Names): Block[] {
  const grants: Block[] = topology.deadLetterTopics.map((topic) => ({
    header: `resource "google_pubsub_topic_iam_member" ${str(`${names.of(topic.id)}_dead_letter_publisher`)}`,
    attrs: [
      ['topic', `google_pubsub_topic.${names.of(topic.id)}.id`],
      ['role', '"roles/pubsub.publisher"'],
      ['member', SERVICE_AGENT],
    ],
  }));
  for (const s of topology.subscriptions.filter((s) => s.deadLetterTopic)) {
    grants.push({
      header: `resource "google_pubsub_subscription_iam_member" ${str(`${names.of(s.node.id)}_dead_letter_subscriber`)}`,
      attrs: [
        ['subscription', `google_pubsub_subscription.${names.of(s.node.id)}.id`],
        ['role', '"roles/pubsub.subscriber"'],
        ['member', SERVICE_AGENT],
      ],
    });
  }
  return grants;
}

function header(designName: string, topology: PubsubTopology): string[] {
  const project = topology.topics.find((t) => t.project)?.project;
  const notes = topology.topics.flatMap((t) => (t.schemaNote ? [`# Topic ${commentText(t.node.name)}: ${t.schemaNote}`] : []));
  return [
    `# Pub/Sub topics and subscriptions of the design ${JSON.stringify(commentText(designName))}, for the hashicorp/google provider.`,
    '# Generated by Queuewright. Run: terraform init && terraform plan',
    ...notes,
    '',
    'terraform {',
    '  required_providers {',
    '    google = {',
    ...aligned('      ', [
      ['source', '"hashicorp/google"'],
      ['version', '">= 6.0"'],
    ]),
    '    }',
    '  }',
    '}',
    '',
    'variable "project" {',
    ...aligned(
      '  ',
      present([
        ['type', 'string'],
        ['description', '"Google Cloud project of the resources that name none"'],
        ['default', maybe(project, str)],
      ]),
    ),
    '}',
    '',
    'provider "google" {',
    '  project = var.project',
    '}',
  ];
}

/** The whole main.tf of a topology. */
export function terraformPubsubText(designName: string, topology: PubsubTopology): string {
  const names = new Names();
  for (const t of topology.topics) names.name(t.node.id, t.node.name);
  for (const s of topology.subscriptions) names.name(s.node.id, s.node.name);
  const blocks = [...schemaBlocks(topology.topics, names), ...topology.topics.map((t) => topicBlock(t, names)), ...topology.subscriptions.map((s) => subscriptionBlock(s, names))];
  const grants = deadLetterGrants(topology, names);
  if (grants.length > 0) blocks.push({ header: 'data "google_project" "project"', attrs: [] }, ...grants);
  const lines = header(designName, topology);
  for (const block of blocks) lines.push('', ...render(block));
  return `${lines.join('\n')}\n`;
}

/** What the Terraform file keeps of a design: the importer (lib/importers/terraform-pubsub.ts) gives these back. */
export const TERRAFORM_PUBSUB_CARRIES: Carries = {
  format: 'the Pub/Sub Terraform',
  nodes: {
    'pubsub-topic': {
      fields: [
        'messageRetentionDuration',
        'allowedPersistenceRegions',
        'enforceInTransit',
        'kmsKeyName',
        'schemaEncoding',
        'messageSchema.name',
        'messageSchema.format',
        'messageSchema.registry',
        'messageSchema.definition',
      ],
    },
    'pubsub-subscription': {
      fields: [
        'deliveryType',
        'pushConfig',
        'bigqueryConfig',
        'cloudStorageConfig',
        'ackDeadlineSeconds',
        'messageRetentionDuration',
        'retainAckedMessages',
        'enableMessageOrdering',
        'enableExactlyOnceDelivery',
        'filter',
        'maxDeliveryAttempts',
        'minimumBackoffSeconds',
        'maximumBackoffSeconds',
        'expirationTtlSeconds',
      ],
    },
  },
  connections: ['subscription', 'dead-letter'],
  cluster: ['config.project'],
  design: [],
};

export const terraformPubsubExporter: Exporter = {
  id: 'terraform-pubsub',
  label: 'Terraform (Google Cloud Pub/Sub)',
  description: 'Terraform for the Pub/Sub topics, schemas and subscriptions (hashicorp/google: google_pubsub_topic, google_pubsub_subscription, google_pubsub_schema).',
  language: 'hcl',
  carries: TERRAFORM_PUBSUB_CARRIES,
  export(document) {
    const built = buildPubsubTopology(document);
    if (!built.ok) return built;
    const text = terraformPubsubText(document.name, built.topology);
    // The list of what the file cannot keep goes under the header comment, before the first block.
    const split = text.indexOf('\n\n');
    const content = `${text.slice(0, split + 1)}${notCarriedComment(document, TERRAFORM_PUBSUB_CARRIES)}${text.slice(split + 1)}`;
    return { ok: true, files: [{ path: 'terraform/pubsub/main.tf', content }] };
  },
};
