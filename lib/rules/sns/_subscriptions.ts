import { indexGraph, nodesOfKind, type Connection, type SnsTopicNode } from '../../design';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';

/**
 * An SNS subscription in the design: a `subscription` connection to an SQS
 * queue, or a `consume` connection to a consumer group (a Lambda function or
 * an HTTP endpoint). Its redrive policy is the connection's `deadLetterQueue`.
 */
export interface Subscription {
  topic: SnsTopicNode;
  connection: Connection;
  /** The subscribed queue or service; `undefined` when the connection points at a missing node. */
  endpoint: ResolvedNode | undefined;
  /** An SQS queue subscription (`sqs` protocol), as opposed to a Lambda or HTTP endpoint. */
  toQueue: boolean;
}

/** Every subscription of every SNS topic, in design order. */
export function subscriptions(design: ResolvedDesign): Subscription[] {
  const graph = indexGraph(design);
  const list: Subscription[] = [];
  for (const topic of nodesOfKind(design, 'sns-topic')) {
    for (const connection of graph.outgoing.get(topic.id) ?? []) {
      if (connection.kind !== 'subscription' && connection.kind !== 'consume') continue;
      list.push({ topic, connection, endpoint: graph.nodeById.get(connection.to), toQueue: connection.kind === 'subscription' });
    }
  }
  return list;
}

/** What a subscription delivers to, for messages: `queue "billing"` or `endpoint "mailer"`. */
export function endpointLabel(subscription: Subscription): string {
  const name = subscription.endpoint?.name ?? subscription.connection.to;
  return `${subscription.toQueue ? 'queue' : 'endpoint'} "${name}"`;
}

/** A filter policy that actually filters: set, and not an empty JSON object. */
export function hasFilterPolicy(connection: Connection): boolean {
  const policy = connection.filterPolicy?.trim();
  return policy !== undefined && policy !== '' && policy.replace(/\s/g, '') !== '{}';
}
