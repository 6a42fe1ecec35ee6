import { durationToMs, msToDuration, nodesOfKind, updateNode } from '../../design';
import { upstreamProducers } from '../flow';
import { defineRule } from '../rule';

/** Windows up to an hour are ordinary; beyond that the window should be explained by a retry horizon. */
const LARGE_WINDOW_MS = 3_600_000;
const DEFAULT_WINDOW = '2m';

export const duplicateWindowSize = defineRule({
  meta: {
    id: 'nats/duplicate-window-size',
    category: 'scalability',
    severity: 'info',
    reads: ['producer', 'nats-stream'],
    summary: "A stream's duplicate_window should be sized to its producers' retry horizon, not hours or days.",
    messages: {
      largeWindow: 'Stream "{stream}" keeps a duplicate window of {window}, longer than any producer retries ({horizon}): every message id of that period is held in memory.',
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
