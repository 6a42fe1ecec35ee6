import type { ConsumerRequirements, Requirements } from '../design';

/**
 * How needs.ts merges requirements: the strictest of the flows entering a
 * node, made stricter by what its readers declare, or overlaid by a reader's
 * own declaration.
 */

const DELIVERY = ['at-most-once', 'at-least-once', 'exactly-once'] as const;
const ORDERING = ['none', 'per-key', 'strict'] as const;
const CRITICALITY = ['low', 'normal', 'critical'] as const;

function stronger<T extends string>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

function larger(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** The strictest of two flows' requirements; throughputs add up (both flows pass). */
export function strictest(a: Requirements, b: Requirements): Requirements {
  return tighten({ ...a }, b);
}

/** `into` made the strictest of itself and `flow` (see strictest), in place: a fold over many flows copies once. */
function tighten(into: Requirements, flow: Requirements): Requirements {
  // The peak reads the throughputs before they add up.
  into.peakThroughput = into.peakThroughput !== undefined || flow.peakThroughput !== undefined ? (into.peakThroughput ?? into.throughput) + (flow.peakThroughput ?? flow.throughput) : undefined;
  into.throughput = into.throughput + flow.throughput;
  into.messageSizeBytes = Math.max(into.messageSizeBytes, flow.messageSizeBytes);
  into.delivery = stronger(DELIVERY, into.delivery, flow.delivery);
  into.ordering = stronger(ORDERING, into.ordering, flow.ordering);
  into.criticality = stronger(CRITICALITY, into.criticality, flow.criticality);
  into.latencyMs = into.latencyMs === undefined ? flow.latencyMs : flow.latencyMs === undefined ? into.latencyMs : Math.min(into.latencyMs, flow.latencyMs);
  into.maxMessageBytes = larger(into.maxMessageBytes, flow.maxMessageBytes);
  into.retentionHours = larger(into.retentionHours, flow.retentionHours);
  into.maxConsumerOutageHours = larger(into.maxConsumerOutageHours, flow.maxConsumerOutageHours);
  into.replayFromBeginning = into.replayFromBeginning || flow.replayFromBeginning || undefined;
  into.rebuildHours = larger(into.rebuildHours, flow.rebuildHours);
  return into;
}

/**
 * The strictest of the flows added, as `flows.reduce(strictest)` gives it, but
 * with one copy however many flows there are: a channel that hundreds of
 * producers publish to would otherwise make an object per producer.
 */
export class StrictestFlow {
  private needs: Requirements | undefined;
  private copied = false;

  add(flow: Requirements | undefined): void {
    if (flow === undefined) return;
    if (this.needs === undefined) this.needs = flow;
    else {
      // The first flow is shared (a memo or a producer's own needs): copy it before the first change.
      if (!this.copied) {
        this.needs = { ...this.needs };
        this.copied = true;
      }
      tighten(this.needs, flow);
    }
  }

  /** The strictest flow, or undefined when none was added. */
  get result(): Requirements | undefined {
    return this.needs;
  }
}

/**
 * `base` made as strict as a consumer's declaration asks, but never laxer: a
 * channel or producer serving several consumers must meet the strictest.
 */
export function strengthen(base: Requirements, declared: ConsumerRequirements): Requirements {
  return {
    ...base,
    delivery: declared.delivery ? stronger(DELIVERY, base.delivery, declared.delivery) : base.delivery,
    ordering: declared.ordering ? stronger(ORDERING, base.ordering, declared.ordering) : base.ordering,
    criticality: declared.criticality ? stronger(CRITICALITY, base.criticality, declared.criticality) : base.criticality,
    latencyMs: declared.latencyMs === undefined ? base.latencyMs : Math.min(base.latencyMs ?? Infinity, declared.latencyMs),
    retentionHours: larger(base.retentionHours, declared.replayHours),
    maxConsumerOutageHours: larger(base.maxConsumerOutageHours, declared.maxConsumerOutageHours),
    replayFromBeginning: base.replayFromBeginning || declared.replayFromBeginning || undefined,
    rebuildHours: larger(base.rebuildHours, declared.rebuildHours),
  };
}

/**
 * `inherited` with the consumer's own declaration in place of what it
 * declares (a consumer may also be laxer); how far back it must re-read is
 * the retention its flows need.
 */
export function overlay(inherited: Requirements, declared: ConsumerRequirements): Requirements {
  const { replayHours, ...rest } = declared;
  const out: Requirements = { ...inherited };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  if (replayHours !== undefined) out.retentionHours = replayHours;
  return out;
}
