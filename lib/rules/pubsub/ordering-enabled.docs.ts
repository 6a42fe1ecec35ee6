import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (enableMessageOrdering?: boolean) => ({
  queuewright: 2,
  requirements: { ordering: 'per-key' },
  nodes: [
    { kind: 'producer', id: 'accounts-api', keyStrategy: 'entity-id' },
    { kind: 'pubsub-topic', id: 'account-events' },
    { kind: 'pubsub-subscription', id: 'statements', ...(enableMessageOrdering === undefined ? {} : { enableMessageOrdering }) },
    { kind: 'consumer-group', id: 'statement-service' },
  ],
  connections: [
    { from: 'accounts-api', to: 'account-events' },
    { from: 'account-events', to: 'statements' },
    { from: 'statements', to: 'statement-service' },
  ],
});

/** The docs and examples of `pubsub/ordering-enabled`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Pub/Sub orders messages per ordering key, and only for subscriptions that enable message ordering: two subscriptions of one topic receive the same messages, but only the one with ordering enabled receives each key's messages in the order Pub/Sub received them. The setting is fixed when the subscription is created, so a flow that needs per-key (or strict) ordering must create its subscriptions with it. Subscriptions of a dead-letter topic are left alone: a message that is dead-lettered has already left its key's sequence.",
  howToFix:
    'Create the subscription with message ordering enabled (Terraform enable_message_ordering = true; gcloud --enable-message-ordering); an existing subscription has to be replaced. Publishers must also set ordering keys and publish each key in one region (pubsub/ordering-key-published).',
  sources: [PUBSUB_DOCS.ordering, PUBSUB_DOCS.subscriptionResource],
  examples: { failing: design(), passing: design(true) },
};
