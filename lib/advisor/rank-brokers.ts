import type { Broker } from '../design';
import { SQS_FIFO_MAX_THROUGHPUT, type BrokerProfile } from './broker-profiles';
import type { MessagingRequest } from './request';

/** The aspects a recommendation weighs, in the order reasons are shown. */
export const ASPECTS = ['throughput', 'latency', 'ordering', 'delivery', 'retention', 'routing', 'operations', 'tenancy'] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface Reason {
  aspect: Aspect;
  verdict: 'good' | 'ok' | 'poor';
  text: string;
  points: number;
}

export interface BrokerRanking {
  broker: Broker;
  label: string;
  score: number;
  reasons: Reason[];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** The messages per second a request must carry at its busiest. */
export function neededThroughput(request: MessagingRequest): number {
  return Math.max(request.throughput, request.peakThroughput ?? 0);
}

function throughput(p: BrokerProfile, r: MessagingRequest): Reason {
  const need = neededThroughput(r);
  const fifo = p.broker === 'sqs-sns' && r.ordering !== 'none';
  const max = fifo ? SQS_FIFO_MAX_THROUGHPUT : p.maxThroughput;
  const capacity = fifo
    ? `FIFO queues carry up to ${fmt(max)} msg/s (high-throughput mode)`
    : p.broker === 'sqs-sns'
      ? 'standard queues scale without a practical limit'
      : p.broker === 'pubsub'
        ? `topics scale with the project's quota, about ${fmt(max)} msg/s here (1 MB/s per ordering key)`
        : p.broker === 'servicebus'
          ? `a Premium namespace carries about ${fmt(max)} msg/s, scaled by its messaging units`
          : `a three-node cluster carries about ${fmt(max)} msg/s`;
  if (need > max) return { aspect: 'throughput', verdict: 'poor', points: -40, text: `${fmt(need)} msg/s needed; ${capacity}.` };
  if (need > max / 2) return { aspect: 'throughput', verdict: 'ok', points: 0, text: `${fmt(need)} msg/s needed, over half of what ${capacity.replace(/^a /, 'one ')}: plan capacity.` };
  return { aspect: 'throughput', verdict: 'good', points: 10, text: `${fmt(need)} msg/s needed; ${capacity}.` };
}

function latency(p: BrokerProfile, r: MessagingRequest): Reason {
  if (r.latencyMs === undefined) return { aspect: 'latency', verdict: 'ok', points: 0, text: `Typically about ${p.latencyMs} ms end to end; no target was set.` };
  if (p.latencyMs > r.latencyMs) return { aspect: 'latency', verdict: 'poor', points: -25, text: `Typically about ${p.latencyMs} ms end to end, above the ${r.latencyMs} ms target.` };
  return { aspect: 'latency', verdict: 'good', points: 5, text: `Typically about ${p.latencyMs} ms end to end, within the ${r.latencyMs} ms target.` };
}

function ordering(p: BrokerProfile, r: MessagingRequest): Reason {
  if (r.ordering === 'none') return { aspect: 'ordering', verdict: 'good', points: 5, text: 'No ordering needed: consumers scale freely.' };
  if (r.ordering === 'strict') {
    return { aspect: 'ordering', verdict: 'ok', points: 0, text: `Ordering ${p.orderingModel}; strict global order means one partition or queue, so one consumer at a time.` };
  }
  if (p.perKeyOrdering === 'native') return { aspect: 'ordering', verdict: 'good', points: 10, text: `Per-key ordering built in: ${p.orderingModel}, and keys spread over consumers.` };
  return {
    aspect: 'ordering',
    verdict: 'ok',
    points: -5,
    text: `Ordering ${p.orderingModel}: per-key order at scale means sharding keys over several ${p.broker === 'nats' ? 'subjects' : 'queues'} by hand.`,
  };
}

function delivery(p: BrokerProfile, r: MessagingRequest): Reason {
  if (r.delivery !== 'exactly-once') {
    return {
      aspect: 'delivery',
      verdict: 'good',
      points: 5,
      text: `${r.delivery === 'at-least-once' ? 'At-least-once with acknowledgements and idempotent consumers' : 'At-most-once'} is supported.`,
    };
  }
  if (p.exactlyOnce === 'transactions') return { aspect: 'delivery', verdict: 'good', points: 10, text: 'Exactly-once processing with transactions (read-process-write in one transaction).' };
  if (p.exactlyOnce === 'delivery') {
    return {
      aspect: 'delivery',
      verdict: 'ok',
      points: 5,
      text: 'Exactly-once delivery on pull subscriptions within a region (no redelivery after a successful ack); republished messages still arrive twice, so consumers stay idempotent.',
    };
  }
  if (p.exactlyOnce === 'deduplication') return { aspect: 'delivery', verdict: 'ok', points: 5, text: 'Exactly-once by publish deduplication within a window, plus idempotent consumers.' };
  return { aspect: 'delivery', verdict: 'poor', points: -20, text: 'No exactly-once support: at-least-once delivery with idempotent consumers is the best it offers.' };
}

function retention(p: BrokerProfile, r: MessagingRequest): Reason {
  const days = fmt(r.retentionHours / 24);
  if (r.replay) {
    if (!p.replay) return { aspect: 'retention', verdict: 'poor', points: -30, text: 'Replay needed, but a message is gone once it is acknowledged.' };
    if (p.broker === 'pubsub') return pubsubReplay(p, r);
    const tiered = r.retentionHours > 720 && p.multiTenant && p.maxRetentionHours === Infinity;
    return { aspect: 'retention', verdict: 'good', points: tiered ? 20 : 15, text: `Replay from any offset over ${days} days${tiered ? ', with tiered storage for long retention' : ''}.` };
  }
  if (r.retentionHours > p.maxRetentionHours && p.maxRetentionHours > 0) {
    return { aspect: 'retention', verdict: 'poor', points: -10, text: `Messages are kept at most ${fmt(p.maxRetentionHours / 24)} days; ${days} asked for.` };
  }
  if (p.maxRetentionHours === 0) return { aspect: 'retention', verdict: 'ok', points: 0, text: 'Messages are kept until consumed and acknowledged.' };
  return { aspect: 'retention', verdict: 'ok', points: 0, text: `Retention of ${days} days is supported.` };
}

/** Pub/Sub replays by seeking a subscription back to a time or snapshot, within the topic's retention: no offsets per consumer. */
function pubsubReplay(p: BrokerProfile, r: MessagingRequest): Reason {
  const days = fmt(r.retentionHours / 24);
  if (r.retentionHours > p.maxRetentionHours)
    return { aspect: 'retention', verdict: 'poor', points: -10, text: `Replay reaches back at most ${fmt(p.maxRetentionHours / 24)} days (topic retention); ${days} asked for.` };
  return { aspect: 'retention', verdict: 'good', points: 10, text: `Replay by seeking a subscription back to a time or snapshot within ${days} days of topic retention.` };
}

function routing(p: BrokerProfile, r: MessagingRequest): Reason {
  if (r.routing === 'simple') return { aspect: 'routing', verdict: 'ok', points: 0, text: 'Consumers read whole channels; no content routing needed.' };
  switch (p.routing) {
    case 'exchanges':
      return { aspect: 'routing', verdict: 'good', points: 15, text: 'Flexible routing: direct, topic (*, #) and headers exchanges, alternate and dead-letter exchanges.' };
    case 'subjects':
      return { aspect: 'routing', verdict: 'good', points: 10, text: 'Subject hierarchies with * and > wildcards; consumers filter by subject.' };
    case 'addresses':
      return { aspect: 'routing', verdict: 'good', points: 10, text: 'Anycast and multicast addresses with * and # wildcards, queue filters (JMS selectors) and diverts.' };
    case 'filters':
      if (p.broker === 'servicebus')
        return {
          aspect: 'routing',
          verdict: 'good',
          points: 10,
          text: 'Topic subscriptions route with SQL filter rules over message properties (and actions that rewrite them) or exact correlation filters.',
        };
      return { aspect: 'routing', verdict: 'ok', points: 5, text: `${p.broker === 'pubsub' ? 'Subscription filters' : 'SNS subscription filter policies'} route by message attributes.` };
    default:
      return { aspect: 'routing', verdict: 'poor', points: -10, text: 'No broker-side routing: one topic per message type, and consumers filter what they read.' };
  }
}

function operations(p: BrokerProfile, r: MessagingRequest): Reason {
  const words = { 1: 'fully managed', 2: 'light to run', 3: 'a cluster to run and tune', 4: 'several components to run (brokers, bookies, metadata store)' } as const;
  let points = 0;
  if (r.operations === 'managed') points = p.operationalComplexity === 1 ? 20 : 0;
  else if (r.operations === 'simple') points = p.operationalComplexity <= 2 ? 5 : p.operationalComplexity === 3 ? -10 : -15;
  else points = p.operationalComplexity === 4 ? -5 : 0;
  // The Kafka API's ecosystem (Connect, Streams, clients in every language) counts in its favour.
  const ecosystem = p.broker === 'kafka' ? 5 : p.broker === 'redpanda' ? 3 : 0;
  const verdict = points > 0 ? 'good' : points < 0 ? 'poor' : 'ok';
  const extra = ecosystem > 0 ? (p.broker === 'kafka' ? '; the largest ecosystem (Connect, Streams, every client)' : '; Kafka API compatible, one binary') : '';
  return { aspect: 'operations', verdict, points: points + ecosystem, text: `Operational complexity: ${words[p.operationalComplexity]}${extra}.` };
}

function tenancy(p: BrokerProfile, r: MessagingRequest): Reason {
  if (r.tenants === 'one') return { aspect: 'tenancy', verdict: 'ok', points: 0, text: 'One tenant.' };
  if (p.multiTenant) return { aspect: 'tenancy', verdict: 'good', points: 15, text: p.broker === 'nats' ? 'Multi-tenancy with accounts.' : 'Multi-tenancy built in (tenants, namespaces, quotas).' };
  return { aspect: 'tenancy', verdict: 'ok', points: 0, text: 'Tenants are separated by ACLs, naming or separate clusters.' };
}

const SCORERS: Record<Aspect, (p: BrokerProfile, r: MessagingRequest) => Reason> = { throughput, latency, ordering, delivery, retention, routing, operations, tenancy };

/**
 * Ranks the brokers of `profiles` for a request, best first, with a reason for
 * each aspect (throughput, latency, ordering model, delivery, retention and
 * replay, routing flexibility, operational complexity, tenancy).
 * Deterministic: ties keep the order of `profiles` (the studio's is
 * ADVISOR_BROKERS, lib/families/advisor.ts).
 */
export function rankBrokers(request: MessagingRequest, profiles: readonly BrokerProfile[]): BrokerRanking[] {
  return profiles
    .map((profile) => {
      const reasons = ASPECTS.map((aspect) => SCORERS[aspect](profile, request));
      return { broker: profile.broker, label: profile.label, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
    })
    .map((ranking, index) => ({ ranking, index }))
    .sort((a, b) => b.ranking.score - a.ranking.score || a.index - b.index)
    .map(({ ranking }) => ranking);
}
