import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand, GetQueueUrlCommand, SetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import {
  CreateTopicCommand,
  DeleteTopicCommand,
  ListTopicsCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { applyInOrder, type ApplyResult, type Operation, type Plan } from './drift';
import { lastPart } from './sqs-sns-snapshot-design';

/**
 * Runs an SQS/SNS plan with the SDK's create, set-attributes, subscribe and
 * delete calls, one at a time, stopping at the first refusal with what was
 * done and what was not. ARNs carry the account, which the design does not
 * know: a queue's is read when a redrive policy or subscription needs it
 * (GetQueueUrl, GetQueueAttributes), a topic's from ListTopics or its create.
 */

interface Clients {
  sqs: SQSClient;
  sns: SNSClient;
}

class Arns {
  private topics?: Map<string, string>;
  constructor(private readonly c: Clients) {}

  async queueUrl(name: string): Promise<string> {
    const answer = await this.c.sqs.send(new GetQueueUrlCommand({ QueueName: name }));
    if (!answer.QueueUrl) throw new Error(`queue ${name} has no URL`);
    return answer.QueueUrl;
  }

  async queue(name: string): Promise<string> {
    const answer = await this.c.sqs.send(new GetQueueAttributesCommand({ QueueUrl: await this.queueUrl(name), AttributeNames: ['QueueArn'] }));
    const arn = answer.Attributes?.QueueArn;
    if (!arn) throw new Error(`queue ${name} has no ARN`);
    return arn;
  }

  async topic(name: string): Promise<string> {
    if (!this.topics) {
      this.topics = new Map();
      for (let token: string | undefined, first = true; first || token; first = false) {
        const page = await this.c.sns.send(new ListTopicsCommand(token ? { NextToken: token } : {}));
        for (const t of page.Topics ?? []) if (t.TopicArn) this.topics.set(lastPart(t.TopicArn, ':'), t.TopicArn);
        token = page.NextToken;
      }
    }
    const arn = this.topics.get(name);
    if (!arn) throw new Error(`topic ${name} does not exist`);
    return arn;
  }

  created(name: string, arn: string | undefined): void {
    if (arn) this.topics?.set(name, arn);
  }
}

type Details = Record<string, unknown> & { name?: string; arn?: string; attributes?: Record<string, string>; redrive?: { deadLetterQueue: string; maxReceiveCount: number } };

async function redrivePolicy(arns: Arns, redrive: Details['redrive']): Promise<Record<string, string>> {
  return redrive ? { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: await arns.queue(redrive.deadLetterQueue), maxReceiveCount: redrive.maxReceiveCount }) } : {};
}

async function run(c: Clients, arns: Arns, op: Operation): Promise<void> {
  const d = op.details as Details;
  switch (op.action) {
    case 'create-queue':
      return void (await c.sqs.send(new CreateQueueCommand({ QueueName: d.name, Attributes: { ...d.attributes, ...(await redrivePolicy(arns, d.redrive)) } })));
    case 'set-queue-attributes':
      return void (await c.sqs.send(new SetQueueAttributesCommand({ QueueUrl: await arns.queueUrl(d.name!), Attributes: { ...d.attributes, ...(await redrivePolicy(arns, d.redrive)) } })));
    case 'delete-queue':
      return void (await c.sqs.send(new DeleteQueueCommand({ QueueUrl: await arns.queueUrl(d.name!) })));
    case 'create-topic':
      return arns.created(d.name!, (await c.sns.send(new CreateTopicCommand({ Name: d.name, Attributes: d.attributes }))).TopicArn);
    case 'set-topic-attributes':
      for (const [name, value] of Object.entries(d.attributes ?? {})) await c.sns.send(new SetTopicAttributesCommand({ TopicArn: d.arn, AttributeName: name, AttributeValue: value }));
      return;
    case 'delete-topic':
      return void (await c.sns.send(new DeleteTopicCommand({ TopicArn: d.arn })));
    case 'subscribe': {
      const attributes: Record<string, string> = { ...d.attributes };
      if (typeof d.deadLetterQueue === 'string') attributes.RedrivePolicy = JSON.stringify({ deadLetterTargetArn: await arns.queue(d.deadLetterQueue) });
      return void (await c.sns.send(
        new SubscribeCommand({
          TopicArn: await arns.topic(String(d.topic)),
          Protocol: 'sqs',
          Endpoint: await arns.queue(String(d.queue)),
          ReturnSubscriptionArn: true,
          ...(Object.keys(attributes).length > 0 ? { Attributes: attributes } : {}),
        }),
      ));
    }
    case 'set-subscription-attributes': {
      const attributes = { ...d.attributes };
      if ('deadLetterQueue' in d) attributes.RedrivePolicy = typeof d.deadLetterQueue === 'string' ? JSON.stringify({ deadLetterTargetArn: await arns.queue(d.deadLetterQueue) }) : '';
      for (const [name, value] of Object.entries(attributes)) await c.sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: d.arn, AttributeName: name, AttributeValue: value }));
      return;
    }
    case 'unsubscribe':
      return void (await c.sns.send(new UnsubscribeCommand({ SubscriptionArn: d.arn })));
    default:
      throw new Error(`unknown operation ${op.action}`);
  }
}

export async function applySqsSnsPlan(clients: Clients, plan: Plan, describe: (error: unknown) => string): Promise<ApplyResult> {
  const arns = new Arns(clients);
  return applyInOrder(plan, (op) => run(clients, arns, op), describe);
}
