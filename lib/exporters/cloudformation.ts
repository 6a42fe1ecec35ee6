import { nodesOfKind, type Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedSqsQueue } from '../brokers/sqs-sns/resolve';
import { commentText } from './escape';
import type { ExportError, Exporter } from './exporter';
import { buildSqsSnsTopology } from './sqs-sns-topology';

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

export { DEFAULT_MAX_RECEIVE_COUNT, snsNameProblem, sqsNameProblem } from './sqs-sns-topology';

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
  const built = buildSqsSnsTopology(document);
  if (!built.ok) return built;
  const { queues, topics, subscriptions } = built.topology;
  const ids = new LogicalIds();
  const queueId = new Map<string, string>(queues.map((q) => [q.node.id, ids.make(`${pascal(logicalName(q.node.name))}Queue`)]));
  const topicId = new Map<string, string>(topics.map((t) => [t.node.id, ids.make(`${pascal(logicalName(t.node.name))}Topic`)]));
  const resources: Record<string, Json> = {};
  const outputs: Record<string, Json> = {};
  const parameters: Record<string, Json> = {};

  for (const queue of queues) {
    const props: Record<string, Json> = { QueueName: queue.node.name, ...queue.attributes };
    if (queue.customerManagedKey) {
      parameters.SqsKmsKeyId = { Type: 'String', Description: 'Customer-managed KMS key (id, ARN or alias) for the queues that use one' };
      props.KmsMasterKeyId = ref('SqsKmsKeyId');
    }
    if (queue.redrive) props.RedrivePolicy = { deadLetterTargetArn: getAttArn(queueId.get(queue.redrive.deadLetterQueue.id)!), maxReceiveCount: queue.redrive.maxReceiveCount };
    props.Tags = [{ Key: 'queuewright:node', Value: queue.node.id }];
    const id = queueId.get(queue.node.id)!;
    resources[id] = { Type: 'AWS::SQS::Queue', Properties: props };
    outputs[`${id}Url`] = { Description: `URL of ${queue.node.name}`, Value: ref(id) };
    outputs[`${id}Arn`] = { Description: `ARN of ${queue.node.name}`, Value: getAttArn(id) };
  }

  /** Queue id → topic logical ids that may send to it. */
  const sendersOf = new Map<string, Set<string>>();
  const allowSend = (queue: ResolvedSqsQueue, topic: string) => sendersOf.set(queue.id, new Set([...(sendersOf.get(queue.id) ?? []), topic]));
  for (const topic of topics) {
    const id = topicId.get(topic.node.id)!;
    resources[id] = { Type: 'AWS::SNS::Topic', Properties: { TopicName: topic.node.name, ...topic.attributes, Tags: [{ Key: 'queuewright:node', Value: topic.node.id }] } };
    outputs[`${id}Arn`] = { Description: `ARN of ${topic.node.name}`, Value: ref(id) };
    for (const sub of subscriptions.filter((s) => s.topic === topic.node)) {
      const subProps: Record<string, Json> = { TopicArn: ref(id), Protocol: 'sqs', Endpoint: getAttArn(queueId.get(sub.queue.id)!) };
      if (sub.rawMessageDelivery !== undefined) subProps.RawMessageDelivery = sub.rawMessageDelivery;
      if (sub.filterPolicy !== undefined) subProps.FilterPolicy = sub.filterPolicy;
      if (sub.deadLetterQueue) {
        subProps.RedrivePolicy = { deadLetterTargetArn: getAttArn(queueId.get(sub.deadLetterQueue.id)!) };
        allowSend(sub.deadLetterQueue, id);
      }
      allowSend(sub.queue, id);
      resources[ids.make(`${pascal(topic.node.id)}To${pascal(sub.queue.id)}Subscription`)] = { Type: 'AWS::SNS::Subscription', Properties: subProps };
    }
  }

  for (const { node: queue } of queues) {
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

  const template: Record<string, Json> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `SQS queues and SNS topics of the design "${commentText(resolveDesign(document).name, 200)}" (generated by Queuewright)`,
  };
  if (Object.keys(parameters).length > 0) template.Parameters = parameters;
  template.Resources = resources;
  template.Outputs = outputs;
  return { ok: true, template };
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
