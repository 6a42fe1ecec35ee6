import { indexGraph, nodesOfKind, type Design } from '../design';
import { pubsubIdProblem } from '../design/kinds/pubsub-limits';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../brokers/resolved-design';
import type { ExportError } from './exporter';
import { nodeError } from './kafka-common';

/**
 * One description of a design's Pub/Sub topics, schemas and subscriptions,
 * read by the Terraform and gcloud exporters so the two cannot disagree.
 * Only what the design sets is carried: Pub/Sub applies its own defaults to
 * the rest. Ids and combinations Pub/Sub would reject are refused, naming
 * the node.
 */

type Topic = ResolvedNodeOfKind<'pubsub-topic'>;
type Subscription = ResolvedNodeOfKind<'pubsub-subscription'>;

export interface PubsubSchemaDef {
  id: string;
  /** Absent when the design does not say the format: the schema is then attached, never created. */
  type?: 'AVRO' | 'PROTOCOL_BUFFER';
  /** Absent: the schema is expected to exist already (the design holds no definition). */
  definition?: string;
}

export interface PubsubTopicDef {
  node: Topic;
  /** The project named by the topic's cluster (`config.project`), when it names one. */
  project?: string;
  schema?: PubsubSchemaDef & { encoding?: 'JSON' | 'BINARY' };
  /** Why a message schema is not Pub/Sub's to validate (JSON Schema, CloudEvents, or not registered). */
  schemaNote?: string;
}

export interface PubsubSubscriptionDef {
  node: Subscription;
  project?: string;
  topic: Topic;
  /** The projects of the topic and the dead-letter topic, when their clusters name one. */
  topicProject?: string;
  deadLetterTopic?: Topic;
  deadLetterTopicProject?: string;
  /** Only the settings the design writes itself, by the kind's field names. */
  written: ReadonlySet<string>;
}

export interface PubsubTopology {
  topics: PubsubTopicDef[];
  subscriptions: PubsubSubscriptionDef[];
  /** Topics of dead-letter policies: Pub/Sub's service agent must publish to them. */
  deadLetterTopics: Topic[];
}

const SUBSCRIPTION_DEFAULTED = ['ackDeadlineSeconds', 'messageRetentionDuration', 'retainAckedMessages', 'enableMessageOrdering', 'enableExactlyOnceDelivery', 'expirationTtlSeconds'] as const;

function projectOf(design: ResolvedDesign, node: ResolvedNode): string | undefined {
  const project = design.clusters.find((c) => c.id === node.cluster)?.config.project;
  return typeof project === 'string' && project.length > 0 ? project : undefined;
}

function schemaOf(topic: Topic): Pick<PubsubTopicDef, 'schema' | 'schemaNote'> {
  const { messageSchema: schema } = topic;
  // A registered schema of unknown format (read from a file that only names it) is attached, not created.
  if (schema.format === 'none') return schema.registry && schema.name ? { schema: { id: schema.name, ...(topic.schemaEncoding ? { encoding: topic.schemaEncoding } : {}) } } : {};
  if (schema.format !== 'avro' && schema.format !== 'protobuf') return { schemaNote: `Pub/Sub schemas are Avro or Protocol Buffers: the ${schema.format} messages are not validated by Pub/Sub.` };
  if (!schema.registry) return { schemaNote: `The ${schema.format} schema is not registered in the design: no Pub/Sub schema is attached.` };
  const id = schema.name ?? `${topic.name}-schema`;
  const type = schema.format === 'avro' ? 'AVRO' : 'PROTOCOL_BUFFER';
  return { schema: { id, type, ...(schema.definition ? { definition: schema.definition } : {}), ...(topic.schemaEncoding ? { encoding: topic.schemaEncoding } : {}) } };
}

function topicErrors(topic: Topic, def: PubsubTopicDef): ExportError[] {
  const errors: ExportError[] = [];
  const idProblem = pubsubIdProblem(topic.name);
  if (idProblem) errors.push(nodeError(topic, 'Topic', `its name ${idProblem}`));
  const schemaProblem = def.schema && pubsubIdProblem(def.schema.id);
  if (schemaProblem) errors.push(nodeError(topic, 'Topic', `its schema id "${def.schema!.id}" ${schemaProblem}`));
  if (topic.allowedPersistenceRegions?.length === 0) errors.push(nodeError(topic, 'Topic', 'its message storage policy allows no region; list at least one or leave it unset'));
  return errors;
}

/** What Pub/Sub refuses about a subscription's delivery settings (each delivery type needs its target). */
function deliveryErrors(s: Subscription): string[] {
  const problems: string[] = [];
  if (s.deliveryType === 'push' && !s.pushConfig?.pushEndpoint) problems.push('it is a push subscription without a push endpoint');
  if (s.deliveryType === 'bigquery') {
    if (!s.bigqueryConfig?.table) problems.push('it is a BigQuery subscription without a table');
    if (s.bigqueryConfig?.useTopicSchema && s.bigqueryConfig.useTableSchema) problems.push('it sets both useTopicSchema and useTableSchema; BigQuery subscriptions take one');
  }
  if (s.deliveryType === 'cloudStorage') {
    if (!s.cloudStorageConfig?.bucket) problems.push('it is a Cloud Storage subscription without a bucket');
    const maxDuration = s.cloudStorageConfig?.maxDurationSeconds;
    if (maxDuration !== undefined && maxDuration > s.ackDeadlineSeconds) problems.push(`its Cloud Storage maxDuration (${maxDuration}s) exceeds its ack deadline (${s.ackDeadlineSeconds}s)`);
  }
  const { minimumBackoffSeconds: min, maximumBackoffSeconds: max } = s;
  if (min !== undefined && max !== undefined && min > max) problems.push(`its retry policy's minimum backoff (${min}s) exceeds its maximum (${max}s)`);
  return problems;
}

function subscriptionDef(design: ResolvedDesign, document: Design, s: Subscription, errors: ExportError[]): PubsubSubscriptionDef | undefined {
  const graph = indexGraph(design);
  const idProblem = pubsubIdProblem(s.name);
  if (idProblem) errors.push(nodeError(s, 'Subscription', `its name ${idProblem}`));
  for (const problem of deliveryErrors(s)) errors.push(nodeError(s, 'Subscription', problem));
  const topics = (graph.incoming.get(s.id) ?? []).filter((c) => c.kind === 'subscription').map((c) => graph.nodeById.get(c.from));
  const deadLetters = (graph.outgoing.get(s.id) ?? []).filter((c) => c.kind === 'dead-letter').map((c) => graph.nodeById.get(c.to));
  if (topics.length !== 1 || topics[0]?.kind !== 'pubsub-topic') {
    errors.push(nodeError(s, 'Subscription', topics.length === 0 ? 'it is attached to no topic; connect one Pub/Sub topic to it' : 'it is attached to several topics; a subscription has exactly one'));
    return undefined;
  }
  if (deadLetters.length > 1) errors.push(nodeError(s, 'Subscription', 'it has several dead-letter topics; a dead-letter policy names one'));
  const deadLetterTopic = deadLetters[0]?.kind === 'pubsub-topic' ? deadLetters[0] : undefined;
  if (s.maxDeliveryAttempts !== undefined && !deadLetterTopic) errors.push(nodeError(s, 'Subscription', 'it sets maxDeliveryAttempts without a dead-letter topic; connect one'));
  // The resolved node carries Pub/Sub's defaults; the document says which of them the design wrote.
  const raw = document.nodes.find((n) => n.id === s.id) as Record<string, unknown> | undefined;
  const written = new Set(SUBSCRIPTION_DEFAULTED.filter((key) => raw?.[key] !== undefined));
  const topic = topics[0];
  return {
    node: s,
    project: projectOf(design, s),
    topic,
    topicProject: projectOf(design, topic),
    ...(deadLetterTopic ? { deadLetterTopic, deadLetterTopicProject: projectOf(design, deadLetterTopic) } : {}),
    written,
  };
}

/** The Pub/Sub part of a design, or every reason it cannot be created as drawn. */
export function buildPubsubTopology(document: Design): { ok: true; topology: PubsubTopology } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(document);
  const errors: ExportError[] = [];
  const topics = nodesOfKind(design, 'pubsub-topic').map((node): PubsubTopicDef => {
    const def = { node, ...(projectOf(design, node) ? { project: projectOf(design, node) } : {}), ...schemaOf(node) };
    errors.push(...topicErrors(node, def));
    return def;
  });
  const subscriptions = nodesOfKind(design, 'pubsub-subscription').flatMap((s) => subscriptionDef(design, document, s, errors) ?? []);
  const deadLetterTopics = [...new Set(subscriptions.flatMap((s) => s.deadLetterTopic ?? []))];
  if (topics.length === 0 && subscriptions.length === 0 && errors.length === 0) errors.push({ message: 'The design has no Pub/Sub topics or subscriptions.' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, topology: { topics, subscriptions, deadLetterTopics } };
}
