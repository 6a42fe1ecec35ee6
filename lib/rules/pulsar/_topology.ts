import type { GraphIndex } from '../../design';
import type { ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';

/**
 * The Pulsar graph as the rules read it: a subscription hangs off one topic
 * (the incoming `subscription` connection), is read by consumer groups
 * (`consume`) and may dead-letter to a topic (its outgoing `dead-letter`).
 */

export type PulsarTopic = ResolvedNodeOfKind<'pulsar-topic'>;
export type PulsarSubscription = ResolvedNodeOfKind<'pulsar-subscription'>;
export type ConsumerGroup = ResolvedNodeOfKind<'consumer-group'>;

function isKind<K extends ResolvedNode['kind']>(node: ResolvedNode | undefined, kind: K): node is ResolvedNodeOfKind<K> {
  return node?.kind === kind;
}

/** The topic a subscription is attached to. */
export function topicOf(graph: GraphIndex<ResolvedNode>, subscriptionId: string): PulsarTopic | undefined {
  const c = (graph.incoming.get(subscriptionId) ?? []).find((c) => c.kind === 'subscription');
  const topic = c && graph.nodeById.get(c.from);
  return isKind(topic, 'pulsar-topic') ? topic : undefined;
}

/** The consumer groups reading a subscription. */
export function consumersOf(graph: GraphIndex<ResolvedNode>, subscriptionId: string): ConsumerGroup[] {
  return (graph.outgoing.get(subscriptionId) ?? [])
    .filter((c) => c.kind === 'consume')
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ConsumerGroup => isKind(n, 'consumer-group'));
}

/** The dead letter topic a subscription's dead letter policy names. */
export function deadLetterTopicOf(graph: GraphIndex<ResolvedNode>, subscriptionId: string): PulsarTopic | undefined {
  const c = (graph.outgoing.get(subscriptionId) ?? []).find((c) => c.kind === 'dead-letter');
  const topic = c && graph.nodeById.get(c.to);
  return isKind(topic, 'pulsar-topic') ? topic : undefined;
}

/** Whether a topic holds dead letters: declared so, or named by a subscription's dead letter policy. */
export function isDeadLetterTopic(graph: GraphIndex<ResolvedNode>, topic: PulsarTopic): boolean {
  return topic.role === 'dead-letter' || (graph.incoming.get(topic.id) ?? []).some((c) => c.kind === 'dead-letter');
}
