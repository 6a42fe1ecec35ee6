import { indexGraph, type GraphIndex } from '../../design';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';

/**
 * The Pub/Sub graph as the rules read it: a subscription hangs off one topic
 * (the incoming `subscription` connection) and may dead-letter to a topic
 * (its outgoing `dead-letter` connection).
 */

export type PubsubTopic = ResolvedNodeOfKind<'pubsub-topic'>;
export type PubsubSubscription = ResolvedNodeOfKind<'pubsub-subscription'>;

function isKind<K extends ResolvedNode['kind']>(node: ResolvedNode | undefined, kind: K): node is ResolvedNodeOfKind<K> {
  return node?.kind === kind;
}

/** The topic a subscription is attached to. */
export function topicOf(graph: GraphIndex<ResolvedNode>, subscriptionId: string): PubsubTopic | undefined {
  const c = (graph.incoming.get(subscriptionId) ?? []).find((c) => c.kind === 'subscription');
  const topic = c && graph.nodeById.get(c.from);
  return isKind(topic, 'pubsub-topic') ? topic : undefined;
}

/** The subscriptions attached to a topic. */
export function subscriptionsOf(graph: GraphIndex<ResolvedNode>, topicId: string): PubsubSubscription[] {
  return (graph.outgoing.get(topicId) ?? [])
    .filter((c) => c.kind === 'subscription')
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is PubsubSubscription => isKind(n, 'pubsub-subscription'));
}

/** The dead-letter topic of a subscription's dead-letter policy. */
export function deadLetterTopicOf(graph: GraphIndex<ResolvedNode>, subscriptionId: string): PubsubTopic | undefined {
  const c = (graph.outgoing.get(subscriptionId) ?? []).find((c) => c.kind === 'dead-letter');
  const topic = c && graph.nodeById.get(c.to);
  return isKind(topic, 'pubsub-topic') ? topic : undefined;
}

/** Subscriptions whose dead-letter policy names `topicId`. */
export function deadLetteringInto(graph: GraphIndex<ResolvedNode>, topicId: string): PubsubSubscription[] {
  return (graph.incoming.get(topicId) ?? [])
    .filter((c) => c.kind === 'dead-letter')
    .map((c) => graph.nodeById.get(c.from))
    .filter((n): n is PubsubSubscription => isKind(n, 'pubsub-subscription'));
}

/** A topic that holds dead letters: declared so, or named by a subscription's dead-letter policy. */
export function isDeadLetterTopic(design: ResolvedDesign, topic: PubsubTopic): boolean {
  return topic.role === 'dead-letter' || deadLetteringInto(indexGraph(design), topic.id).length > 0;
}

/** Pull and push subscriptions deliver to applications; BigQuery and Cloud Storage subscriptions export. */
export function deliversToApplications(subscription: PubsubSubscription): boolean {
  return subscription.deliveryType === 'pull' || subscription.deliveryType === 'push';
}
