import type { PubsubSubscriptionNode } from '../../design';
import { fill, type Resolvers, type SourceLog } from '../resolver';
import { PUBSUB_SUBSCRIPTION_DEFAULTS, type PubsubSubscriptionDefaults } from './defaults';

/** A Pub/Sub subscription's settings as Google Cloud applies them (defaults.ts). */

export type ResolvedPubsubSubscription = Omit<PubsubSubscriptionNode, keyof PubsubSubscriptionDefaults> & PubsubSubscriptionDefaults;

function resolvePubsubSubscription(node: PubsubSubscriptionNode, sources: SourceLog): ResolvedPubsubSubscription {
  return fill(node, PUBSUB_SUBSCRIPTION_DEFAULTS.values, PUBSUB_SUBSCRIPTION_DEFAULTS.source, '', sources);
}

export const PUBSUB_RESOLVERS = {
  'pubsub-subscription': resolvePubsubSubscription,
} satisfies Resolvers;
