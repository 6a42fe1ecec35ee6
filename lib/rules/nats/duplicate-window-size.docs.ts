import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/duplicate-window-size`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The stream keeps the Nats-Msg-Id of every message published within duplicate_window in memory to detect duplicates. The default is 2 minutes; the NATS docs caution against large windows, whose cost grows with the publish rate. A window only needs to cover how long a producer may retry the same publish.',
  howToFix: "Set duplicate_window to the longest retry horizon of the stream's producers (the default 2m covers ordinary client retries).",
  sources: [{ label: 'NATS docs: model deep dive, message deduplication', url: 'https://docs.nats.io/using-nats/jetstream/model_deep_dive#message-deduplication' }, NATS_SOURCES.streams],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', duplicate_window: '7d' }] },
    passing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', duplicate_window: '2m' }] },
  },
};
