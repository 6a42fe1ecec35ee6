import { durationToMs, msToDuration, patchNode } from '../../design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { defineRule } from '../rule';
import { natsConsumerGroups, redelivers } from './_consumers';

/** The server's ack_wait default (JsAckWaitDefault). */
const DEFAULT_ACK_WAIT_MS = 30_000;

/**
 * How long the server waits for an ack before redelivering. A `backoff`
 * list replaces ack_wait: delivery n times out after backoff[n-1] (the last
 * entry repeats), so the shortest entry is what processing must beat.
 */
function ackTimeouts(group: ResolvedConsumerGroup): { ms: number; fromBackoff: boolean } {
  const backoff = group.nats.backoff.map(durationToMs).filter((ms): ms is number => ms !== undefined);
  if (backoff.length > 0) return { ms: Math.min(...backoff), fromBackoff: true };
  return { ms: durationToMs(group.nats.ack_wait) ?? DEFAULT_ACK_WAIT_MS, fromBackoff: false };
}

/** Twice the p99, rounded up to whole seconds: room for slow messages without waiting long on a crashed consumer. */
function comfortableTimeout(p99Ms: number): string {
  return msToDuration(Math.ceil((p99Ms * 2) / 1000) * 1000);
}

export const ackWaitCoversProcessing = defineRule({
  meta: {
    id: 'nats/ack-wait-covers-processing',
    category: 'delivery',
    severity: 'error',
    reads: ['consumer-group'],
    summary: "A JetStream consumer's ack timeout (ack_wait, or its backoff entries) must be longer than its p99 processing time.",
    messages: {
      ackWait: 'Consumer "{group}" processes messages in up to {p99} ms (p99) but ack_wait is {timeout}: slow messages are redelivered while still being processed.',
      backoff:
        'Consumer "{group}" processes messages in up to {p99} ms (p99) but its backoff entry {timeout} is the ack timeout of a delivery: slow messages are redelivered while still being processed.',
    },
  },
  check({ design, report }) {
    for (const { group } of natsConsumerGroups(design)) {
      if (!redelivers(group) || group.nats.inProgressAcks) continue;
      const timeout = ackTimeouts(group);
      if (group.processingMsP99 < timeout.ms) continue;
      const wanted = comfortableTimeout(group.processingMsP99);
      const wantedMs = durationToMs(wanted)!;
      const raise = (d: string) => ((durationToMs(d) ?? 0) < wantedMs ? wanted : d);
      report({
        target: { type: 'node', id: group.id },
        messageId: timeout.fromBackoff ? 'backoff' : 'ackWait',
        data: { group: group.name, p99: group.processingMsP99, timeout: msToDuration(timeout.ms) },
        fix: {
          label: timeout.fromBackoff ? `Raise backoff entries to at least ${wanted}` : `Set ack_wait=${wanted}`,
          apply: (d) =>
            patchNode(d, group.id, {
              nats: { ack_wait: raise(group.nats.ack_wait), backoff: group.nats.backoff.map(raise) },
            }),
        },
      });
    }
  },
});
