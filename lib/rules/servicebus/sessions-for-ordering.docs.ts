import type { RuleDocs } from '../rule-docs';
import { SERVICEBUS_DOCS } from './_sources';

const design = (requiresSession?: boolean) => ({
  queuewright: 2,
  requirements: { ordering: 'per-key' },
  nodes: [
    { kind: 'producer', id: 'accounts-api', keyStrategy: 'entity-id' },
    { kind: 'servicebus-queue', id: 'account-commands', ...(requiresSession === undefined ? {} : { requiresSession }) },
    { kind: 'consumer-group', id: 'ledger' },
  ],
  connections: [
    { from: 'accounts-api', to: 'account-commands' },
    { from: 'account-commands', to: 'ledger' },
  ],
});

/** The docs and examples of `servicebus/sessions-for-ordering`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Service Bus delivers a queue's or subscription's messages to competing receivers, and a message whose lock expires or that is abandoned is delivered again after messages sent later. Microsoft's documentation is explicit that FIFO handling in Service Bus needs message sessions: on a session-aware entity a receiver locks a whole session and gets its messages in order, and other receivers take other sessions. Sessions are fixed when the queue or subscription is created. Dead-letter queues are left alone: a dead-lettered message has already left its sequence.",
  howToFix:
    "Create the queue or subscription with sessions required (ARM requiresSession, Terraform requires_session = true) and have senders set SessionId to the ordering key (the producer's entity id). Receivers then accept sessions (ServiceBusSessionProcessor). Sessions need the Standard or Premium tier.",
  sources: [SERVICEBUS_DOCS.sessions, SERVICEBUS_DOCS.enableSessions],
  examples: { failing: design(), passing: design(true) },
};
