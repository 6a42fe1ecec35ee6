import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/redelivery-delay-for-retries`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When a consumer rolls back or fails a message, Artemis puts it back on its queue; with redelivery-delay 0, the default, it is delivered again immediately. Artemis\'s documentation warns that without a delayed redelivery "the system can get into a thrashing state, with delivery being attempted, the client rolling back, and delivery being re-attempted ad infinitum in quick succession, consuming valuable CPU and network resources". It also spends every attempt of max-delivery-attempts back to back, so a failure that a few seconds would have cured (a database failing over) sends the message to the dead-letter address or removes it. Addresses nobody consumes, and max-delivery-attempts 1 (no redelivery), are not reported.',
  howToFix:
    'Set redelivery-delay, and let it grow with redelivery-delay-multiplier up to max-redelivery-delay (default: ten times redelivery-delay). The fix sets 1000 ms, and a multiplier of 2 up to 60 s where the design does not choose them.',
  sources: [ARTEMIS_DOCS.undeliveredMessages, ARTEMIS_DOCS.addressSettings],
  examples: {
    failing: {
      nodes: [
        { kind: 'artemis-address', id: 'orders', settings: { 'redelivery-delay': 0 } },
        { kind: 'artemis-queue', id: 'q' },
        { kind: 'consumer-group', id: 'worker' },
      ],
      connections: [
        { from: 'orders', to: 'q' },
        { from: 'q', to: 'worker' },
      ],
    },
    passing: {
      nodes: [
        { kind: 'artemis-address', id: 'orders', settings: { 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2 } },
        { kind: 'artemis-queue', id: 'q' },
        { kind: 'consumer-group', id: 'worker' },
      ],
      connections: [
        { from: 'orders', to: 'q' },
        { from: 'q', to: 'worker' },
      ],
    },
  },
};
