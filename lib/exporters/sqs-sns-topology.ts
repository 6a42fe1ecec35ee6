import { indexGraph, nodesOfKind, outgoing, type Connection, type Design, type SnsTopicNode } from '../design';
import { resolveDesign, writtenSetting } from '../brokers/resolve';
import type { ResolvedSqsQueue } from '../brokers/sqs-sns/resolve';
import { parseDataText } from '../design/safe-parse-text';
import { commentText } from './escape';
import type { ExportError } from './exporter';
import { nodeError } from './kafka-common';

/**
 * One description of a design's SQS queues, SNS topics and SNS→SQS
 * subscriptions, with attributes by the names CreateQueue, CreateTopic,
 * Subscribe and CloudFormation share: the CloudFormation exporter renders it
 * as a template and live apply (lib/live/sqs-sns-desired.ts) sends it, so an
 * export and an apply of one design cannot disagree. Names and values SQS/SNS
 * would reject are refused, naming the node.
 */

export type AttributeValue = string | number | boolean;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** How many receives before SQS moves a message to the DLQ, when the dead-letter connection does not say (sqs/max-receive-count-sane: ≥ 3, ≥ 5 for Lambda). */
export const DEFAULT_MAX_RECEIVE_COUNT = 5;

export interface SqsQueueDef {
  node: ResolvedSqsQueue;
  /**
   * The attributes the design sets (AWS applies its own defaults to the rest),
   * FIFO ones first. A customer-managed key is not in it: the key is the
   * deployment's (a template parameter), see `customerManagedKey`.
   */
  attributes: Record<string, AttributeValue>;
  customerManagedKey: boolean;
  redrive?: { deadLetterQueue: ResolvedSqsQueue; maxReceiveCount: number };
}

export interface SnsTopicDef {
  node: SnsTopicNode;
  attributes: Record<string, AttributeValue>;
}

export interface SnsSubscriptionDef {
  connection: Connection;
  topic: SnsTopicNode;
  queue: ResolvedSqsQueue;
  rawMessageDelivery?: boolean;
  filterPolicy?: Json;
  deadLetterQueue?: ResolvedSqsQueue;
}

export interface SqsSnsTopology {
  queues: SqsQueueDef[];
  topics: SnsTopicDef[];
  subscriptions: SnsSubscriptionDef[];
}

export const SQS_RANGES: Array<[keyof ResolvedSqsQueue, string, number, number]> = [
  ['visibilityTimeout', 'VisibilityTimeout', 0, 43_200],
  ['messageRetentionPeriod', 'MessageRetentionPeriod', 60, 1_209_600],
  ['delaySeconds', 'DelaySeconds', 0, 900],
  ['receiveMessageWaitTimeSeconds', 'ReceiveMessageWaitTimeSeconds', 0, 20],
  ['maximumMessageSize', 'MaximumMessageSize', 1024, 1_048_576],
];

/** SQS queue names: up to 80 of `[A-Za-z0-9_-]`, FIFO ones ending in `.fifo` (which counts). */
export function sqsNameProblem(name: string, fifo: boolean): string | undefined {
  if (name.length > 80) return `the queue name is ${name.length} characters long; SQS allows at most 80 (including .fifo)`;
  const base = fifo ? name.replace(/\.fifo$/, '') : name;
  if (fifo && !name.endsWith('.fifo')) return `a FIFO queue name must end in ".fifo" (e.g. "${base.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 75)}.fifo")`;
  if (!fifo && name.endsWith('.fifo')) return 'only FIFO queue names end in ".fifo"; make the queue FIFO or rename it';
  if (!/^[A-Za-z0-9_-]+$/.test(base)) return 'SQS queue names use only letters, digits, "-" and "_"';
  return undefined;
}

/** SNS topic names: 1–256 of `[A-Za-z0-9_-]`, FIFO ones ending in `.fifo`. */
export function snsNameProblem(name: string, fifo: boolean): string | undefined {
  if (name.length > 256) return `the topic name is ${name.length} characters long; SNS allows at most 256`;
  const base = fifo ? name.replace(/\.fifo$/, '') : name;
  if (fifo && !name.endsWith('.fifo')) return `a FIFO topic name must end in ".fifo" (e.g. "${base.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 251)}.fifo")`;
  if (!fifo && name.endsWith('.fifo')) return 'only FIFO topic names end in ".fifo"; make the topic FIFO or rename it';
  if (!/^[A-Za-z0-9_-]+$/.test(base)) return 'SNS topic names use only letters, digits, "-" and "_"';
  return undefined;
}

/** The queue's attributes the design writes, by SQS's names. */
function queueAttributes(queue: ResolvedSqsQueue): { attributes: Record<string, AttributeValue>; customerManagedKey: boolean } {
  const attributes: Record<string, AttributeValue> = {};
  if (queue.fifo) {
    attributes.FifoQueue = true;
    if (queue.contentBasedDeduplication) attributes.ContentBasedDeduplication = true;
    if (queue.highThroughputFifo) {
      attributes.DeduplicationScope = 'messageGroup';
      attributes.FifoThroughputLimit = 'perMessageGroupId';
    }
  }
  for (const [field, property] of SQS_RANGES) {
    const value = writtenSetting(queue, field, queue[field] as number);
    if (value !== undefined) attributes[property] = value;
  }
  // Unset: SSE-SQS, AWS's default for new queues.
  const encryption = writtenSetting(queue, 'kmsManagedKey', queue.kmsManagedKey);
  if (encryption === 'none') attributes.SqsManagedSseEnabled = false;
  else if (encryption === 'sqs-managed') attributes.SqsManagedSseEnabled = true;
  else if (encryption === 'aws-managed') attributes.KmsMasterKeyId = 'alias/aws/sqs';
  return { attributes, customerManagedKey: encryption === 'customer-managed' };
}

/** The subscription's filter policy as an object, read through the safe parser; refused when it is not a JSON object. */
function filterPolicy(sub: Connection, queue: ResolvedSqsQueue, errors: ExportError[]): Json | undefined {
  if (sub.filterPolicy === undefined || sub.filterPolicy.trim() === '') return undefined;
  const parsed = parseDataText(sub.filterPolicy, 'json');
  if (!parsed.ok || parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    errors.push(nodeError(queue, 'SQS queue', `the filter policy of its subscription (${sub.id}) is not a JSON object${parsed.ok ? '' : `: ${parsed.problem.message}`}`));
    return undefined;
  }
  return parsed.data as Json;
}

function duplicateNames(queues: ResolvedSqsQueue[], topics: SnsTopicNode[], errors: ExportError[]): void {
  const names = new Map<string, ResolvedSqsQueue | SnsTopicNode>();
  for (const node of [...queues, ...topics]) {
    const key = `${node.kind}:${node.name}`;
    const twin = names.get(key);
    if (twin) errors.push(nodeError(node, node.kind === 'sqs-queue' ? 'SQS queue' : 'SNS topic', `another ${node.kind === 'sqs-queue' ? 'queue' : 'topic'} (${twin.id}) has the same name`));
    names.set(key, node);
  }
}

function buildQueue(design: Design, graph: ReturnType<typeof indexGraph>, queue: ResolvedSqsQueue, errors: ExportError[]): SqsQueueDef {
  const problem = sqsNameProblem(queue.name, queue.fifo);
  if (problem) errors.push(nodeError(queue, 'SQS queue', problem));
  for (const [field, property, min, max] of SQS_RANGES) {
    const value = queue[field] as number;
    if (value < min || value > max) errors.push(nodeError(queue, 'SQS queue', `${property} is ${value}; SQS accepts ${min}–${max}`));
  }
  const def: SqsQueueDef = { node: queue, ...queueAttributes(queue) };
  const dlqs = outgoing(design, queue.id, 'dead-letter').filter((c) => graph.nodeById.get(c.to)?.kind === 'sqs-queue');
  if (dlqs.length > 1) errors.push(nodeError(queue, 'SQS queue', `it has ${dlqs.length} dead-letter queues; SQS allows one redrive target`));
  if (dlqs.length >= 1) {
    const dlq = graph.nodeById.get(dlqs[0].to) as ResolvedSqsQueue;
    if (dlq.fifo !== queue.fifo) errors.push(nodeError(queue, 'SQS queue', `its dead-letter queue "${commentText(dlq.name, 80)}" must also be ${queue.fifo ? 'FIFO' : 'standard'}`));
    def.redrive = { deadLetterQueue: dlq, maxReceiveCount: dlqs[0].maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT };
  }
  return def;
}

function buildSubscriptions(design: Design, graph: ReturnType<typeof indexGraph>, topic: SnsTopicNode, errors: ExportError[]): SnsSubscriptionDef[] {
  const out: SnsSubscriptionDef[] = [];
  for (const sub of outgoing(design, topic.id, 'subscription')) {
    const target = graph.nodeById.get(sub.to);
    if (target?.kind !== 'sqs-queue') continue;
    // The graph is of the resolved design: every queue has its defaults.
    const queue = target as ResolvedSqsQueue;
    if (!topic.fifo && queue.fifo) errors.push(nodeError(queue, 'SQS queue', `a standard SNS topic ("${commentText(topic.name, 80)}") cannot deliver to a FIFO queue`));
    const def: SnsSubscriptionDef = { connection: sub, topic, queue };
    if (sub.rawMessageDelivery !== undefined) def.rawMessageDelivery = sub.rawMessageDelivery;
    const filter = filterPolicy(sub, queue, errors);
    if (filter !== undefined) def.filterPolicy = filter;
    if (sub.deadLetterQueue !== undefined) {
      const dlq = graph.nodeById.get(sub.deadLetterQueue);
      if (dlq?.kind !== 'sqs-queue') {
        errors.push(nodeError(queue, 'SQS queue', `the subscription from "${commentText(topic.name, 80)}" names a dead-letter queue "${sub.deadLetterQueue}" that is not an SQS queue of the design`));
      } else {
        if (dlq.fifo !== topic.fifo)
          errors.push(
            nodeError(dlq as ResolvedSqsQueue, 'SQS queue', `as the dead-letter queue of a ${topic.fifo ? 'FIFO' : 'standard'} subscription it must be ${topic.fifo ? 'FIFO' : 'standard'} too`),
          );
        def.deadLetterQueue = dlq as ResolvedSqsQueue;
      }
    }
    out.push(def);
  }
  return out;
}

export function buildSqsSnsTopology(document: Design): { ok: true; topology: SqsSnsTopology } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(document);
  const graph = indexGraph(design);
  // resolveDesign filled every queue's defaults in.
  const queues = nodesOfKind(design, 'sqs-queue') as ResolvedSqsQueue[];
  const topics = nodesOfKind(design, 'sns-topic');
  const errors: ExportError[] = [];
  duplicateNames(queues, topics, errors);
  const topology: SqsSnsTopology = { queues: queues.map((q) => buildQueue(design, graph, q, errors)), topics: [], subscriptions: [] };
  for (const topic of topics) {
    const problem = snsNameProblem(topic.name, topic.fifo);
    if (problem) errors.push(nodeError(topic, 'SNS topic', problem));
    const attributes: Record<string, AttributeValue> = {};
    if (topic.fifo) {
      attributes.FifoTopic = true;
      if (topic.contentBasedDeduplication) attributes.ContentBasedDeduplication = true;
    }
    topology.topics.push({ node: topic, attributes });
    topology.subscriptions.push(...buildSubscriptions(design, graph, topic, errors));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, topology };
}
