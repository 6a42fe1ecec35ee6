import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/address-full-policy-drop`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "address-full-policy says what Artemis does when an address reaches max-size-bytes or max-size-messages (or, with both -1, the broker's global-max-size). PAGE, the default, writes further messages to disk; BLOCK makes producers wait; FAIL drops them and tells the producer with an exception; DROP drops them silently. With DROP, a burst or a slow consumer loses messages that the producer believes were sent, which a flow that must deliver at least once cannot allow. Flows declared at-most-once (metrics, telemetry one can lose) are not reported.",
  howToFix: 'Use PAGE (the default) so the address spills to disk, or BLOCK to slow producers down; FAIL if producers should see the error and retry. The fix sets PAGE.',
  sources: [ARTEMIS_DOCS.paging, ARTEMIS_DOCS.addressSettings],
  examples: {
    failing: {
      requirements: { delivery: 'at-least-once' },
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders', settings: { 'address-full-policy': 'DROP', 'max-size-bytes': 104_857_600 } },
      ],
      connections: [{ from: 'api', to: 'orders' }],
    },
    passing: {
      requirements: { delivery: 'at-least-once' },
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders', settings: { 'address-full-policy': 'PAGE', 'max-size-bytes': 104_857_600 } },
      ],
      connections: [{ from: 'api', to: 'orders' }],
    },
  },
};
