import { DesignBuilder, guard, head, isRecord, parseErrors } from './builder';
import { hasTemplate, literal, type HclBody } from './hcl';
import type { ImportResult, Importer } from './importer';
import { readSubscription, readTopic, type PubsubContext } from './terraform-pubsub-resources';
import { readTerraformText, resources } from './terraform-resources';

/**
 * Terraform for Google Cloud Pub/Sub (the hashicorp/google provider), as the
 * Terraform export writes it or as people write it by hand:
 *
 * - `google_pubsub_topic` → a Pub/Sub topic (retention, storage regions, KMS
 *   key, schema settings; a `google_pubsub_schema` it references becomes the
 *   topic's message schema, with its definition);
 * - `google_pubsub_subscription` → a Pub/Sub subscription attached to the
 *   topic its `topic` names (a reference to a topic resource, or a topic
 *   name), with its delivery (push, BigQuery, Cloud Storage), ack deadline,
 *   retention, ordering, exactly-once, filter, expiration, retry policy and a
 *   dead-letter connection to its dead-letter topic;
 * - the resources of one project (their `project`, else the provider's or
 *   `var.project`'s default) form one cluster, with the project in its config.
 *
 * IAM grants, data sources, variables and the provider are read only for the
 * project; other resources, arguments the design cannot hold and values it
 * cannot resolve (interpolations other than a topic or schema reference) are
 * reported with their path.
 */

const IGNORED_RESOURCES = new Set(['google_pubsub_topic_iam_member', 'google_pubsub_subscription_iam_member', 'google_pubsub_schema']);

/** The project a value names: a literal, or `var.<name>` with a default. */
function projectValue(parsed: HclBody, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ref = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/.exec(value);
  if (!ref) return hasTemplate(value) ? undefined : literal(value);
  const variable = isRecord(parsed.variable) ? parsed.variable[ref[1]] : undefined;
  const fallback = Array.isArray(variable) && isRecord(variable[0]) ? variable[0].default : undefined;
  return typeof fallback === 'string' ? fallback : undefined;
}

function providerProject(parsed: HclBody): string | undefined {
  const google = isRecord(parsed.provider) ? parsed.provider.google : undefined;
  const first = Array.isArray(google) ? google.find((p) => isRecord(p) && p.alias === undefined) : undefined;
  return isRecord(first) ? projectValue(parsed, first.project) : undefined;
}

function reportOthers(parsed: HclBody, builder: DesignBuilder): void {
  if (!isRecord(parsed.resource)) return;
  for (const [type, byName] of Object.entries(parsed.resource)) {
    if (type === 'google_pubsub_topic' || type === 'google_pubsub_subscription' || IGNORED_RESOURCES.has(type)) continue;
    for (const name of Object.keys(isRecord(byName) ? byName : {})) builder.note(`resource.${type}.${name}`, `${type} is not a Pub/Sub topic or subscription: left out.`);
  }
}

function importTerraform(text: string, fileName: string | undefined): ImportResult {
  const read = readTerraformText(text);
  if (!read.ok) return read.error;
  const parsed = read.body;
  const topics = resources(parsed, 'google_pubsub_topic');
  const subscriptions = resources(parsed, 'google_pubsub_subscription');
  if (topics.length === 0 && subscriptions.length === 0) return parseErrors({ message: 'The file declares no google_pubsub_topic or google_pubsub_subscription resource.' });
  const builder = new DesignBuilder();
  const context: PubsubContext = {
    builder,
    schemas: new Map(resources(parsed, 'google_pubsub_schema').map((s) => [s.name, s])),
    topicIds: new Map(),
    topicIdsByName: new Map(),
    clusters: new Map(),
    defaultProject: providerProject(parsed),
    project: (value) => projectValue(parsed, value),
  };
  for (const topic of topics) readTopic(context, topic);
  for (const subscription of subscriptions) readSubscription(context, subscription);
  reportOthers(parsed, builder);
  const stem = fileName?.split(/[\\/]/).pop()?.replace(/\.tf$/i, '');
  return builder.build(stem && stem !== 'main' ? stem : 'Pub/Sub (Terraform)');
}

export const terraformPubsubImporter: Importer = {
  id: 'terraform-pubsub',
  label: 'Terraform for Google Cloud Pub/Sub (.tf)',
  detect(text, fileName) {
    const start = head(text);
    return /resource\s+"google_pubsub_(topic|subscription)"/.test(start) && (fileName === undefined || /\.tf$/i.test(fileName) || !/^\s*[{[]/.test(start));
  },
  import: (text, fileName) => guard(() => importTerraform(text, fileName)),
};
