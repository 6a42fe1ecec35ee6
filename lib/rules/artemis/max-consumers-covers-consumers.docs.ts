import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/max-consumers-covers-consumers`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'max-consumers caps how many consumers may be attached to an Artemis queue at once (-1, the default, is no limit). A consumer beyond the cap is refused when it attaches (the client gets a "max consumers reached" error), so the instances or listener threads over the limit sit idle or crash-loop on reconnect, and the throughput the design counts on them for never comes. Each instance of a consumer group opens one consumer per concurrent handler (a JMS listener container\'s concurrency).',
  howToFix:
    'Raise max-consumers to the consumers the readers open, or remove it. A max-consumers of 1 is usually meant as "one consumer at a time": an exclusive queue does that while letting the other instances attach as standbys, which the fix chooses in that case.',
  sources: [ARTEMIS_DOCS.addressModel, ARTEMIS_DOCS.exclusiveQueues],
  examples: {
    failing: {
      nodes: [
        { kind: 'artemis-address', id: 'jobs' },
        { kind: 'artemis-queue', id: 'q', 'max-consumers': 4 },
        { kind: 'consumer-group', id: 'worker', instances: 3, concurrency: 2 },
      ],
      connections: [
        { from: 'jobs', to: 'q' },
        { from: 'q', to: 'worker' },
      ],
    },
    passing: {
      nodes: [
        { kind: 'artemis-address', id: 'jobs' },
        { kind: 'artemis-queue', id: 'q', 'max-consumers': 6 },
        { kind: 'consumer-group', id: 'worker', instances: 3, concurrency: 2 },
      ],
      connections: [
        { from: 'jobs', to: 'q' },
        { from: 'q', to: 'worker' },
      ],
    },
  },
};
