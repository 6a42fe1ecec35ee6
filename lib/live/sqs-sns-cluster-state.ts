import type { LiveSqsSnsRead } from './sqs-sns-reader';
import { lastPart } from './sqs-sns-snapshot-design';

/**
 * An account's SQS queues, SNS topics and subscriptions in one region as audit
 * compares them, by name, from the live reader's snapshot (sqs-sns-reader.ts:
 * list and get calls only).
 */

export interface LiveQueue {
  name: string;
  url: string;
  arn?: string;
  attributes: Readonly<Record<string, string>>;
}

export interface LiveTopic {
  name: string;
  arn: string;
  attributes: Readonly<Record<string, string>>;
}

export interface LiveSubscription {
  arn: string;
  topic: string;
  protocol: string;
  /** The queue's name for an SQS subscription, else the endpoint as it is. */
  endpoint: string;
  attributes: Readonly<Record<string, string>>;
}

export interface SqsSnsClusterState {
  queues: LiveQueue[];
  topics: LiveTopic[];
  subscriptions: LiveSubscription[];
  problems: string[];
}

export function sqsSnsClusterState(read: LiveSqsSnsRead): SqsSnsClusterState {
  return {
    queues: read.queues.map((q) => ({ name: q.attributes.QueueArn ? lastPart(q.attributes.QueueArn, ':') : lastPart(q.url, '/'), url: q.url, arn: q.attributes.QueueArn, attributes: q.attributes })),
    topics: read.topics.map((t) => ({ name: lastPart(t.arn, ':'), arn: t.arn, attributes: t.attributes })),
    subscriptions: read.subscriptions.map((s) => ({
      arn: s.arn,
      topic: lastPart(s.topicArn, ':'),
      protocol: s.protocol,
      endpoint: s.protocol === 'sqs' ? lastPart(s.endpoint, ':') : `${s.protocol}:${s.endpoint}`,
      attributes: s.attributes,
    })),
    problems: read.problems,
  };
}
