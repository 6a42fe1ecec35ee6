import { durationToMs, msToDuration, nodesOfKind, updateNode } from '../../design';
import { upstreamProducers } from '../flow';
import { defineRule } from '../rule';
import { NATS_SOURCES } from './_sources';

/** Windows up to an hour are ordinary; beyond that the window should be explained by a retry horizon. */
const LARGE_WINDOW_MS = 3_600_000;
const DEFAULT_WINDOW = '2m';

export const duplicateWindowSize = defineRule({
  meta: {
    id: 'nats/duplicate-window-size',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: "A stream's duplicate_window should be sized to its producers' retry horizon, not hours or days.",
      rationale:
        'The stream keeps the Nats-Msg-Id of every message published within duplicate_window in memory to detect duplicates. The default is 2 minutes; the NATS docs caution against large windows, whose cost grows with the publish rate. A window only needs to cover how long a producer may retry the same publish.',
      howToFix: "Set duplicate_window to the longest retry horizon of the stream's producers (the default 2m covers ordinary client retries).",
      sources: [{ label: 'NATS docs: model deep dive, message deduplication', url: 'https://docs.nats.io/using-nats/jetstream/model_deep_dive#message-deduplication' }, NATS_SOURCES.streams],
    },
    messages: {
      largeWindow:
        'Stream "{stream}" keeps a duplicate window of {window}, longer than any producer retries ({horizon}): every message id of that period is held in memory.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', duplicate_window: '7d' }] },
      passing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', duplicate_window: '2m' }] },
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      const windowMs = durationToMs(stream.duplicate_window) ?? 0;
      if (windowMs <= LARGE_WINDOW_MS) continue;
      const horizonMs = Math.max(0, ...upstreamProducers(design, stream.id).map((p) => durationToMs(p.retryHorizon) ?? 0));
      if (windowMs <= horizonMs) continue;
      const sized = horizonMs > durationToMs(DEFAULT_WINDOW)! ? msToDuration(horizonMs) : DEFAULT_WINDOW;
      report({
        target: { type: 'node', id: stream.id },
        messageId: 'largeWindow',
        data: { stream: stream.name, window: stream.duplicate_window, horizon: horizonMs > 0 ? msToDuration(horizonMs) : 'none declared' },
        fix: { label: `Set duplicate_window=${sized}`, apply: (d) => updateNode(d, stream.id, { duplicate_window: sized }) },
      });
    }
  },
});
