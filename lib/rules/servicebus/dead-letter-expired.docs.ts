import type { RuleDocs } from '../rule-docs';
import { SERVICEBUS_DOCS } from './_sources';

const design = (deadLetteringOnMessageExpiration?: boolean) => ({
  queuewright: 2,
  nodes: [
    { kind: 'producer', id: 'checkout' },
    { kind: 'servicebus-queue', id: 'payments', defaultMessageTimeToLiveSeconds: 86_400, ...(deadLetteringOnMessageExpiration === undefined ? {} : { deadLetteringOnMessageExpiration }) },
    { kind: 'consumer-group', id: 'payment-service' },
  ],
  connections: [
    { from: 'checkout', to: 'payments' },
    { from: 'payments', to: 'payment-service' },
  ],
});

/** The docs and examples of `servicebus/dead-letter-expired`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Service Bus removes a message whose time to live has passed (the entity's DefaultMessageTimeToLive, or the message's own TTL when shorter). Dead-lettering on message expiration is off by default, and then an expired message is simply deleted: a backlog during an outage silently loses everything older than the TTL. With the setting on, the message moves to the dead-letter queue with the reason TTLExpiredException, where it can be inspected and resubmitted. Dead-letter queues themselves are left alone: letting old dead letters expire is a choice.",
  howToFix:
    'Enable dead-lettering on message expiration (ARM deadLetteringOnMessageExpiration, Terraform dead_lettering_on_message_expiration = true) and watch the dead-letter queue, or remove the time to live when messages must not expire.',
  sources: [SERVICEBUS_DOCS.expiration, SERVICEBUS_DOCS.deadLetterQueues],
  examples: { failing: design(), passing: design(true) },
};
