import { commentText, shellQuote } from './escape';
import type { Exporter } from './exporter';
import { buildPubsubTopology, type PubsubSubscriptionDef, type PubsubTopicDef, type PubsubTopology } from './pubsub-topology';

/**
 * A bash script that creates a design's Pub/Sub schemas, topics and
 * subscriptions with the Google Cloud CLI (`gcloud pubsub schemas|topics|
 * subscriptions create`), then grants Pub/Sub's service agent the roles its
 * dead-letter policies need. It says what the Terraform export says (both
 * read pubsub-topology.ts). Every value from the design is shell-quoted;
 * every flag is one gcloud documents (lib/brokers/pubsub/gcloud-flags.ts;
 * the tests check each one).
 */

const secs = (n: number) => `${n}s`;

/** `--flag=value` with the value quoted, or `--flag` alone for a boolean flag that is on. */
function flag(name: string, value?: string | number | boolean): string[] {
  if (value === undefined || value === false) return [];
  if (value === true) return [name];
  return [`${name}=${shellQuote(String(value))}`];
}

/** One command, a flag per continued line. */
function command(words: string[], flags: string[]): string {
  return [words.join(' '), ...flags].join(' \\\n    ');
}

/** `$PROJECT` (by default the first project a topic's cluster names), unless the node's cluster names another project. */
function projectFlag(project: string | undefined, defaultProject: string | undefined): string[] {
  return project && project !== defaultProject ? flag('--project', project) : ['--project="$PROJECT"'];
}

function schemaCommands({ node, project, schema }: PubsubTopicDef, defaultProject: string | undefined): string[] {
  if (!schema?.definition || !schema.type) return [];
  const type = schema.type === 'AVRO' ? 'avro' : 'protocol-buffer';
  return [
    command(['gcloud pubsub schemas create', shellQuote(schema.id)], [...projectFlag(project, defaultProject), ...flag('--type', type), ...flag('--definition', schema.definition)]) +
      `  # schema of topic ${commentText(node.name, 80)}`,
  ];
}

function topicCommand({ node, project, schema }: PubsubTopicDef, defaultProject: string | undefined): string {
  return command(
    ['gcloud pubsub topics create', shellQuote(node.name)],
    [
      ...projectFlag(project, defaultProject),
      ...flag('--message-retention-duration', node.messageRetentionDuration === undefined ? undefined : secs(node.messageRetentionDuration)),
      ...flag('--message-storage-policy-allowed-regions', node.allowedPersistenceRegions?.join(',')),
      ...flag('--message-storage-policy-enforce-in-transit', node.enforceInTransit),
      ...flag('--topic-encryption-key', node.kmsKeyName),
      ...flag('--schema', schema?.id),
      ...flag('--message-encoding', schema?.encoding?.toLowerCase()),
    ],
  );
}

function deliveryFlags({ node }: PubsubSubscriptionDef): string[] {
  const { pushConfig: push, bigqueryConfig: bq, cloudStorageConfig: gcs } = node;
  if (node.deliveryType === 'push' && push) {
    return [
      ...flag('--push-endpoint', push.pushEndpoint),
      ...flag('--push-auth-service-account', push.oidcServiceAccountEmail),
      ...flag('--push-auth-token-audience', push.oidcServiceAccountEmail ? push.audience : undefined),
      ...flag('--push-no-wrapper', push.noWrapper),
      ...flag('--push-no-wrapper-write-metadata', push.noWrapper),
    ];
  }
  if (node.deliveryType === 'bigquery' && bq) {
    // gcloud names the table project:dataset.table; the API and Terraform project.dataset.table.
    return [
      ...flag('--bigquery-table', bq.table!.replace('.', ':')),
      ...flag('--use-topic-schema', bq.useTopicSchema),
      ...flag('--use-table-schema', bq.useTableSchema),
      ...flag('--write-metadata', bq.writeMetadata),
      ...flag('--drop-unknown-fields', bq.dropUnknownFields),
      ...flag('--bigquery-service-account-email', bq.serviceAccountEmail),
    ];
  }
  if (node.deliveryType === 'cloudStorage' && gcs) {
    return [
      ...flag('--cloud-storage-bucket', gcs.bucket),
      ...flag('--cloud-storage-file-prefix', gcs.filenamePrefix),
      ...flag('--cloud-storage-file-suffix', gcs.filenameSuffix),
      ...flag('--cloud-storage-max-duration', gcs.maxDurationSeconds === undefined ? undefined : secs(gcs.maxDurationSeconds)),
      ...flag('--cloud-storage-max-bytes', gcs.maxBytes),
      ...flag('--cloud-storage-max-messages', gcs.maxMessages),
      ...flag('--cloud-storage-output-format', gcs.outputFormat),
      ...flag('--cloud-storage-write-metadata', gcs.outputFormat === 'avro' ? gcs.writeMetadata : undefined),
      ...flag('--cloud-storage-service-account-email', gcs.serviceAccountEmail),
    ];
  }
  return [];
}

function subscriptionCommand(def: PubsubSubscriptionDef, defaultProject: string | undefined): string {
  const { node, written } = def;
  const set = <T>(key: string, value: T) => (written.has(key) ? value : undefined);
  const ttl = set('expirationTtlSeconds', node.expirationTtlSeconds);
  return command(
    ['gcloud pubsub subscriptions create', shellQuote(node.name)],
    [
      ...projectFlag(def.project, defaultProject),
      ...flag('--topic', def.topic.name),
      ...flag('--topic-project', def.topicProject !== def.project ? def.topicProject : undefined),
      ...flag('--ack-deadline', set('ackDeadlineSeconds', node.ackDeadlineSeconds)),
      ...flag('--message-retention-duration', set('messageRetentionDuration', secs(node.messageRetentionDuration))),
      ...flag('--retain-acked-messages', set('retainAckedMessages', node.retainAckedMessages)),
      ...flag('--enable-message-ordering', set('enableMessageOrdering', node.enableMessageOrdering)),
      ...flag('--enable-exactly-once-delivery', set('enableExactlyOnceDelivery', node.enableExactlyOnceDelivery)),
      ...flag('--message-filter', node.filter),
      ...flag('--expiration-period', ttl === undefined ? undefined : ttl === 0 ? 'never' : secs(ttl)),
      ...deliveryFlags(def),
      ...flag('--dead-letter-topic', def.deadLetterTopic?.name),
      ...flag('--dead-letter-topic-project', def.deadLetterTopicProject !== def.project ? def.deadLetterTopicProject : undefined),
      ...flag('--max-delivery-attempts', def.deadLetterTopic ? node.maxDeliveryAttempts : undefined),
      ...flag('--min-retry-delay', node.minimumBackoffSeconds === undefined ? undefined : secs(node.minimumBackoffSeconds)),
      ...flag('--max-retry-delay', node.maximumBackoffSeconds === undefined ? undefined : secs(node.maximumBackoffSeconds)),
    ],
  );
}

/** Pub/Sub's service agent publishes dead letters and acknowledges them on the source subscription: it needs both roles. */
function deadLetterGrants(topology: PubsubTopology): string[] {
  if (topology.deadLetterTopics.length === 0) return [];
  const member = '--member="serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com"';
  return [
    '',
    "# Pub/Sub's service agent publishes dead letters and acknowledges them on the source subscription.",
    'PROJECT_NUMBER="$(gcloud projects describe "$PROJECT" --format=\'value(projectNumber)\')"',
    ...topology.deadLetterTopics.map((t) => command(['gcloud pubsub topics add-iam-policy-binding', shellQuote(t.name)], ['--project="$PROJECT"', member, '--role=roles/pubsub.publisher'])),
    ...topology.subscriptions
      .filter((s) => s.deadLetterTopic)
      .map((s) => command(['gcloud pubsub subscriptions add-iam-policy-binding', shellQuote(s.node.name)], ['--project="$PROJECT"', member, '--role=roles/pubsub.subscriber'])),
  ];
}

/** The whole script of a topology. */
export function gcloudPubsubScript(designName: string, topology: PubsubTopology): string {
  const project = topology.topics.find((t) => t.project)?.project;
  const notes = topology.topics.flatMap((t) => (t.schemaNote ? [`# Topic ${commentText(t.node.name)}: ${t.schemaNote}`] : []));
  const lines = [
    '#!/usr/bin/env bash',
    `# Pub/Sub topics and subscriptions of ${JSON.stringify(commentText(designName))}. Generated by Queuewright.`,
    '#',
    '# Creates the schemas, topics and subscriptions with the Google Cloud CLI; only settings the',
    '# design sets are given, Pub/Sub defaults the rest. gcloud fails on a resource that exists.',
    '# Usage: PROJECT=my-project ./this-script.sh',
    ...notes,
    'set -euo pipefail',
    '',
    project ? `PROJECT="\${PROJECT:-${shellQuote(project)}}"` : 'PROJECT="${PROJECT:?set PROJECT to the Google Cloud project}"',
    '',
    ...topology.topics.flatMap((t) => schemaCommands(t, project)),
    ...topology.topics.map((t) => topicCommand(t, project)),
    ...topology.subscriptions.map((s) => subscriptionCommand(s, project)),
    ...deadLetterGrants(topology),
  ];
  return `${lines.join('\n')}\n`;
}

export const gcloudPubsubExporter: Exporter = {
  id: 'gcloud-pubsub',
  label: 'gcloud script (Google Cloud Pub/Sub)',
  description: 'A bash script of gcloud pubsub commands that creates the Pub/Sub schemas, topics and subscriptions.',
  language: 'shell',
  export(document) {
    const built = buildPubsubTopology(document);
    if (!built.ok) return built;
    return { ok: true, files: [{ path: 'gcloud/pubsub.sh', content: gcloudPubsubScript(document.name, built.topology) }] };
  },
};
