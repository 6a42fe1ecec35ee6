import type { GraphIndex } from '../../design';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';

/**
 * The Service Bus graph as the rules read it: queues and subscriptions are what receivers read
 * (peek-lock, delivery count, sessions, expiry); a subscription hangs off one topic (the incoming
 * `subscription` connection).
 */
export type ServicebusReceiver = ResolvedNodeOfKind<'servicebus-queue'> | ResolvedNodeOfKind<'servicebus-subscription'>;

/** Every queue and subscription of the design. */
export function receivers(design: ResolvedDesign): ServicebusReceiver[] {
  return design.nodes.filter((n): n is ServicebusReceiver => n.kind === 'servicebus-queue' || n.kind === 'servicebus-subscription');
}

/** The topic a subscription belongs to. */
export function topicOf(graph: GraphIndex<ResolvedNode>, subscriptionId: string): ResolvedNodeOfKind<'servicebus-topic'> | undefined {
  const c = (graph.incoming.get(subscriptionId) ?? []).find((c) => c.kind === 'subscription');
  const topic = c && graph.nodeById.get(c.from);
  return topic?.kind === 'servicebus-topic' ? topic : undefined;
}

/**
 * The time to live messages get in a queue or subscription, in seconds, or undefined when they
 * never expire: a subscription takes the shorter of its own and its topic's (Service Bus applies
 * the smaller default TTL).
 */
export function effectiveTtlSeconds(graph: GraphIndex<ResolvedNode>, receiver: ServicebusReceiver): number | undefined {
  const own = receiver.defaultMessageTimeToLiveSeconds;
  const fromTopic = receiver.kind === 'servicebus-subscription' ? topicOf(graph, receiver.id)?.defaultMessageTimeToLiveSeconds : undefined;
  const set = [own, fromTopic].filter((v): v is number => v !== undefined);
  return set.length > 0 ? Math.min(...set) : undefined;
}

/** A queue or subscription that holds dead letters: declared so, or named by another entity's dead-letter forwarding. */
export function holdsDeadLetters(graph: GraphIndex<ResolvedNode>, receiver: ServicebusReceiver): boolean {
  return (receiver.kind === 'servicebus-queue' && receiver.role === 'dead-letter') || (graph.incoming.get(receiver.id) ?? []).some((c) => c.kind === 'dead-letter');
}
