import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (ackTimeoutMillis: number) => ({
  queuewright: 2,
  requirements: { ordering: 'none' },
  nodes: [
    { kind: 'producer', id: 'uploads-api' },
    { kind: 'pulsar-topic', id: 'uploads' },
    { kind: 'pulsar-subscription', id: 'transcoding', subscriptionType: 'Shared', ackTimeoutMillis, maxRedeliverCount: 5 },
    { kind: 'consumer-group', id: 'transcoder', processingMsP50: 4000, processingMsP99: 20_000 },
    { kind: 'pulsar-topic', id: 'uploads-transcoding-DLQ', role: 'dead-letter' },
  ],
  connections: [
    { from: 'uploads-api', to: 'uploads' },
    { from: 'uploads', to: 'transcoding' },
    { from: 'transcoding', to: 'transcoder' },
    { from: 'transcoding', to: 'uploads-transcoding-DLQ', kind: 'dead-letter' as const },
  ],
});

/** The docs and examples of `pulsar/ack-timeout-below-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With an acknowledgment timeout, the Pulsar client tracks every message the application received and asks the broker to redeliver those not acknowledged in time. The timer does not know the message is still being processed: a handler slower than the timeout gets the message again (on a Shared subscription, on another consumer, at the same time), so it is processed twice, and each redelivery counts towards maxRedeliverCount, so a slow but healthy message can end in the dead letter topic.',
  howToFix:
    "Set ackTimeout well above the consumers' p99 processing time (the fix doubles it), or leave it at 0 and negatively acknowledge failures explicitly, which the Pulsar documentation prefers to the ack timeout. Make the handler idempotent either way.",
  sources: [PULSAR_DOCS.ackTimeout, PULSAR_DOCS.negativeAck, PULSAR_DOCS.consumerBuilder],
  examples: { failing: design(10_000), passing: design(40_000) },
};
