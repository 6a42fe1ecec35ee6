import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (ackDeadlineSeconds?: number) => ({
  queuewright: 2,
  nodes: [
    { kind: 'pubsub-topic', id: 'uploads' },
    {
      kind: 'pubsub-subscription',
      id: 'thumbnails',
      deliveryType: 'push',
      pushConfig: { pushEndpoint: 'https://thumbnails.example.com/push', oidcServiceAccountEmail: 'push@example.iam.gserviceaccount.com' },
      ...(ackDeadlineSeconds === undefined ? {} : { ackDeadlineSeconds }),
    },
    { kind: 'consumer-group', id: 'thumbnailer', processingMsP99: 30_000 },
  ],
  connections: [
    { from: 'uploads', to: 'thumbnails' },
    { from: 'thumbnails', to: 'thumbnailer' },
  ],
});

/** The docs and examples of `pubsub/push-ack-deadline`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A pull subscriber's client library extends a message's ack deadline while the handler runs, so a short deadline is harmless there. A push subscription has no client: its ack deadline (10 seconds unless set) is also the timeout of the HTTP request to the endpoint, and a response after it counts as a failure. A handler slower than the deadline therefore gets its message pushed again while it is still working on it: duplicate work at best, and with a dead-letter policy the message can be dead-lettered although every attempt would have succeeded.",
  howToFix:
    "Set the push subscription's ack deadline above the endpoint's p99 processing time (the fix sets twice the p99, at most 600 s), or answer quickly and process asynchronously; beyond 600 s, pull instead.",
  sources: [PUBSUB_DOCS.subscriptionResource, PUBSUB_DOCS.pushSubscriptions, PUBSUB_DOCS.leaseManagement],
  examples: { failing: design(), passing: design(60) },
};
