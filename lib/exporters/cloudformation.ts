import { indexGraph, nodesOfKind, outgoing, type Connection, type Design, type SnsTopicNode } from '../design';
import { resolveDesign, writtenSetting } from '../brokers/resolve';
import type {  ResolvedSqsQueue } from '../brokers/resolved-design';
import { parseDataText } from '../design/safe-parse-text';
import { commentText } from './escape';
import type { ExportError, Exporter } from './exporter';
import { nodeError } from './kafka-common';

/**
 * An AWS CloudFormation template (JSON, so no YAML short tags) for the SQS
 * queues and SNS topics of a design: queues with their `RedrivePolicy` (from
 * the queue's dead-letter connection), topics, SNS→SQS subscriptions
 * (`FilterPolicy`, `RawMessageDelivery`, subscription `RedrivePolicy`), and a
 * queue policy per queue that lets its topics (and subscriptions' dead-letter
 * queues) receive from SNS. Names and attribute values SQS/SNS would reject
 * are refused, naming the node.
 *
 * Logical ids are the node ids in PascalCase (letters and digits only) with the
 * resource kind appended, made unique with a number.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** How many receives before SQS moves a message to the DLQ, when the dead-letter connection does not say (sqs/max-receive-count-sane: ≥ 3, ≥ 5 for Lambda). */
export const DEFAULT_MAX_RECEIVE_COUNT = 5;

const SQS_RANGES: Array<[keyof ResolvedSqsQueue, string, number, number]> = [
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

/** A resource's logical id comes from its name (what people call it), without the ".fifo" every FIFO name ends in. */
function logicalName(name: string): string {
  return name.replace(/\.fifo$/, '');
}

function pascal(id: string): string {
  const out = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Za-z]/.test(out) ? out : `N${out}`;
}

class LogicalIds {
  private taken = new Set<string>();
  make(base: string): string {
    let id = base.slice(0, 200);
    for (let n = 2; this.taken.has(id); n++) id = `${base.slice(0, 200)}${n}`;
    this.taken.add(id);
    return id;
  }
}

const getAttArn = (logicalId: string): Json => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
const ref = (logicalId: string): Json => ({ Ref: logicalId });

export function buildTemplate(document: Design): { ok: true; template: Record<string, Json> } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(document);
  const graph = indexGraph(design);
  const queues = nodesOfKind(design, 'sqs-queue');
  const topics = nodesOfKind(design, 'sns-topic');
  const errors: ExportError[] = [];
  const ids = new LogicalIds();
  const queueId = new Map<string, string>(queues.map((q) => [q.id, ids.make(`${pascal(logicalName(q.name))}Queue`)]));
  const topicId = new Map<string, string>(topics.map((t) => [t.id, ids.make(`${pascal(logicalName(t.name))}Topic`)]));
  const resources: Record<string, Json> = {};
  const outputs: Record<string, Json> = {};
  const parameters: Record<string, Json> = {};
  /** Queue id → topic logical ids that may send to it. */
  const sendersOf = new Map<string, Set<string>>();
  const allowSend = (queue: ResolvedSqsQueue, topic: string) => sendersOf.set(queue.id, new Set([...(sendersOf.get(queue.id) ?? []), topic]));

  const names = new Map<string, ResolvedSqsQueue | SnsTopicNode>();
  for (const node of [...queues, ...topics]) {
    const key = `${node.kind}:${node.name}`;
    const twin = names.get(key);
    if (twin) errors.push(nodeError(node, node.kind === 'sqs-queue' ? 'SQS queue' : 'SNS topic', `another ${node.kind === 'sqs-queue' ? 'queue' : 'topic'} (${twin.id}) has the same name`));
    names.set(key, node);
  }

  for (const queue of queues) {
    const problem = sqsNameProblem(queue.name, queue.fifo);
    if (problem) errors.push(nodeError(queue, 'SQS queue', problem));
    for (const [field, property, min, max] of SQS_RANGES) {
      const value = queue[field] as number;
      if (value < min || value > max) errors.push(nodeError(queue, 'SQS queue', `${property} is ${value}; SQS accepts ${min}–${max}`));
    }
    const props: Record<string, Json> = { QueueName: queue.name };
    if (queue.fifo) {
      props.FifoQueue = true;
      if (queue.contentBasedDeduplication) props.ContentBasedDeduplication = true;
      if (queue.highThroughputFifo) {
        props.DeduplicationScope = 'messageGroup';
        props.FifoThroughputLimit = 'perMessageGroupId';
      }
    }
    // Only the attributes the design sets: AWS applies its own defaults to the rest.
    const attributes = [
      ['VisibilityTimeout', 'visibilityTimeout'],
      ['MessageRetentionPeriod', 'messageRetentionPeriod'],
      ['DelaySeconds', 'delaySeconds'],
      ['ReceiveMessageWaitTimeSeconds', 'receiveMessageWaitTimeSeconds'],
      ['MaximumMessageSize', 'maximumMessageSize'],
    ] as const;
    for (const [property, field] of attributes) {
      const value = writtenSetting(queue, field, queue[field]);
      if (value !== undefined) props[property] = value;
    }
    // Unset: SSE-SQS, AWS's default for new queues.
    const encryption = writtenSetting(queue, 'kmsManagedKey', queue.kmsManagedKey);
    if (encryption === 'none') props.SqsManagedSseEnabled = false;
    else if (encryption === 'sqs-managed') props.SqsManagedSseEnabled = true;
    else if (encryption === 'aws-managed') props.KmsMasterKeyId = 'alias/aws/sqs';
    else if (encryption === 'customer-managed') {
      parameters.SqsKmsKeyId = { Type: 'String', Description: 'Customer-managed KMS key (id, ARN or alias) for the queues that use one' };
      props.KmsMasterKeyId = ref('SqsKmsKeyId');
    }
    const dlqs = outgoing(design, queue.id, 'dead-letter').filter((c) => graph.nodeById.get(c.to)?.kind === 'sqs-queue');
    if (dlqs.length > 1) errors.push(nodeError(queue, 'SQS queue', `it has ${dlqs.length} dead-letter queues; SQS allows one redrive target`));
    if (dlqs.length >= 1) {
      const dlq = graph.nodeById.get(dlqs[0].to) as ResolvedSqsQueue;
      if (dlq.fifo !== queue.fifo) errors.push(nodeError(queue, 'SQS queue', `its dead-letter queue "${commentText(dlq.name, 80)}" must also be ${queue.fifo ? 'FIFO' : 'standard'}`));
      props.RedrivePolicy = { deadLetterTargetArn: getAttArn(queueId.get(dlq.id)!), maxReceiveCount: dlqs[0].maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT };
    }
    props.Tags = [{ Key: 'queuewright:node', Value: queue.id }];
    const id = queueId.get(queue.id)!;
    resources[id] = { Type: 'AWS::SQS::Queue', Properties: props };
    outputs[`${id}Url`] = { Description: `URL of ${queue.name}`, Value: ref(id) };
    outputs[`${id}Arn`] = { Description: `ARN of ${queue.name}`, Value: getAttArn(id) };
  }

  for (const topic of topics) {
    const problem = snsNameProblem(topic.name, topic.fifo);
    if (problem) errors.push(nodeError(topic, 'SNS topic', problem));
    const id = topicId.get(topic.id)!;
    const props: Record<string, Json> = { TopicName: topic.name };
    if (topic.fifo) {
      props.FifoTopic = true;
      if (topic.contentBasedDeduplication) props.ContentBasedDeduplication = true;
    }
    props.Tags = [{ Key: 'queuewright:node', Value: topic.id }];
    resources[id] = { Type: 'AWS::SNS::Topic', Properties: props };
    outputs[`${id}Arn`] = { Description: `ARN of ${topic.name}`, Value: ref(id) };

    for (const sub of outgoing(design, topic.id, 'subscription')) {
      const queue = graph.nodeById.get(sub.to);
      if (queue?.kind !== 'sqs-queue') continue;
      if (!topic.fifo && queue.fifo) errors.push(nodeError(queue, 'SQS queue', `a standard SNS topic ("${commentText(topic.name, 80)}") cannot deliver to a FIFO queue`));
      const subProps: Record<string, Json> = { TopicArn: ref(id), Protocol: 'sqs', Endpoint: getAttArn(queueId.get(queue.id)!) };
      if (sub.rawMessageDelivery !== undefined) subProps.RawMessageDelivery = sub.rawMessageDelivery;
      const filter = filterPolicy(sub, queue, errors);
      if (filter !== undefined) subProps.FilterPolicy = filter;
      if (sub.deadLetterQueue !== undefined) {
        const dlq = graph.nodeById.get(sub.deadLetterQueue);
        if (dlq?.kind !== 'sqs-queue') {
          errors.push(nodeError(queue, 'SQS queue', `the subscription from "${commentText(topic.name, 80)}" names a dead-letter queue "${sub.deadLetterQueue}" that is not an SQS queue of the design`));
        } else {
          if (dlq.fifo !== topic.fifo) errors.push(nodeError(dlq, 'SQS queue', `as the dead-letter queue of a ${topic.fifo ? 'FIFO' : 'standard'} subscription it must be ${topic.fifo ? 'FIFO' : 'standard'} too`));
          subProps.RedrivePolicy = { deadLetterTargetArn: getAttArn(queueId.get(dlq.id)!) };
          allowSend(dlq, id);
        }
      }
      allowSend(queue, id);
      resources[ids.make(`${pascal(topic.id)}To${pascal(queue.id)}Subscription`)] = { Type: 'AWS::SNS::Subscription', Properties: subProps };
    }
  }

  for (const queue of queues) {
    const senders = sendersOf.get(queue.id);
    if (!senders) continue;
    const qid = queueId.get(queue.id)!;
    const sources = [...senders].map(ref);
    resources[ids.make(`${pascal(logicalName(queue.name))}QueuePolicy`)] = {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [ref(qid)],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AllowSnsTopics',
              Effect: 'Allow',
              Principal: { Service: 'sns.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: getAttArn(qid),
              Condition: { ArnEquals: { 'aws:SourceArn': sources.length === 1 ? sources[0] : sources } },
            },
          ],
        },
      },
    };
  }

  if (errors.length > 0) return { ok: false, errors };
  const template: Record<string, Json> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `SQS queues and SNS topics of the design "${commentText(design.name, 200)}" (generated by Queuewright)`,
  };
  if (Object.keys(parameters).length > 0) template.Parameters = parameters;
  template.Resources = resources;
  template.Outputs = outputs;
  return { ok: true, template };
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

export const cloudformationExporter: Exporter = {
  id: 'cloudformation',
  label: 'AWS CloudFormation (SQS / SNS)',
  description: 'A CloudFormation template with the SQS queues, SNS topics, subscriptions and queue policies.',
  language: 'json',
  export(document) {
    const design = resolveDesign(document);
    if (nodesOfKind(design, 'sqs-queue').length === 0 && nodesOfKind(design, 'sns-topic').length === 0) {
      return { ok: false, errors: [{ message: 'The design has no SQS queues or SNS topics to export.' }] };
    }
    const result = buildTemplate(design);
    if (!result.ok) return result;
    return { ok: true, files: [{ path: 'cloudformation.template.json', content: `${JSON.stringify(result.template, null, 2)}\n` }] };
  },
};
