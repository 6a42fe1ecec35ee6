import type { PulsarSubscriptionNode, PulsarTopicNode } from '../../design';
import { fill, type Resolvers, type SourceLog } from '../resolver';
import { PULSAR_SUBSCRIPTION_DEFAULTS, PULSAR_TOPIC_POLICY_DEFAULTS, type PulsarSubscriptionDefaults, type PulsarTopicPolicyDefaults } from './defaults';

/** A Pulsar topic's policies and a subscription's consumer settings as the broker and client apply them (defaults.ts). */

export type ResolvedPulsarTopic = Omit<PulsarTopicNode, keyof PulsarTopicPolicyDefaults> & PulsarTopicPolicyDefaults;
export type ResolvedPulsarSubscription = Omit<PulsarSubscriptionNode, keyof PulsarSubscriptionDefaults> & PulsarSubscriptionDefaults;

function resolvePulsarTopic(node: PulsarTopicNode, sources: SourceLog): ResolvedPulsarTopic {
  return fill(node, PULSAR_TOPIC_POLICY_DEFAULTS.values, PULSAR_TOPIC_POLICY_DEFAULTS.source, '', sources);
}

function resolvePulsarSubscription(node: PulsarSubscriptionNode, sources: SourceLog): ResolvedPulsarSubscription {
  return fill(node, PULSAR_SUBSCRIPTION_DEFAULTS.values, PULSAR_SUBSCRIPTION_DEFAULTS.source, '', sources);
}

export const PULSAR_RESOLVERS = {
  'pulsar-topic': resolvePulsarTopic,
  'pulsar-subscription': resolvePulsarSubscription,
} satisfies Resolvers;
