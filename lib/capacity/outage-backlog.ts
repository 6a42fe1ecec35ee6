/**
 * The backlog a consumer outage leaves, and what it asks of the channel that
 * holds it. During an outage of T the channel keeps receiving at λ, so λT
 * messages (λT × size bytes) pile up; a length or byte limit below that drops
 * or dead-letters the oldest of them before anyone reads them.
 *
 * Time-based retention needs T, not the drain time: the backlog is read in
 * the order it was written, so the message written at s into the outage is
 * read at T + λs/μ (μ the consumers' capacity) and is then T − s(1 − λ/μ)
 * old — never older than T when μ > λ. The drain time λT / (μ − λ) is how
 * long the consumers stay behind, which matters when μ ≤ λ (they never catch
 * up: core/consumers-keep-up) or when a second outage starts inside it.
 */

export interface OutageBacklog {
  messages: number;
  bytes: number;
  /** Seconds the consumers stay behind after they return; Infinity when they cannot catch up. */
  drainSeconds: number;
}

export function outageBacklog(outageSeconds: number, ratePerSecond: number, messageBytes: number, capacityPerSecond: number): OutageBacklog {
  const messages = outageSeconds * ratePerSecond;
  return {
    messages,
    bytes: messages * messageBytes,
    drainSeconds: capacityPerSecond > ratePerSecond ? messages / (capacityPerSecond - ratePerSecond) : Infinity,
  };
}
