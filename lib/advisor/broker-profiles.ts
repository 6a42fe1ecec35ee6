import type { Broker } from '../design';

/**
 * What a broker offers, as the selection matrix of the domain brief puts
 * it (throughput, latency, ordering, retention, replay, operational
 * complexity). Numbers are the rules of thumb practitioners quote, per
 * cluster of three nodes. Each broker's profile is declared with its family
 * (lib/families/<broker>.ts).
 */
export interface BrokerProfile {
  broker: Broker;
  label: string;
  /** Sustained messages per second a modest cluster carries comfortably. */
  maxThroughput: number;
  /** Typical end-to-end latency in milliseconds. */
  latencyMs: number;
  /** How ordering is kept. */
  orderingModel: string;
  /** Per-key ordering that scales out (partitions, message groups). */
  perKeyOrdering: 'native' | 'workaround';
  /** Transactions (read-process-write), publish deduplication within a window, or a delivery guarantee (no redelivery after an ack). */
  exactlyOnce: 'transactions' | 'deduplication' | 'delivery' | 'none';
  /** Longest sensible retention in hours; Infinity = days or forever. */
  maxRetentionHours: number;
  replay: boolean;
  routing: 'topics' | 'subjects' | 'exchanges' | 'addresses' | 'filters';
  /** 1 = managed, 2 = light to run, 3 = a few moving parts, 4 = a platform team's job. */
  operationalComplexity: 1 | 2 | 3 | 4;
  multiTenant: boolean;
}

/** SQS FIFO's ceiling with high-throughput mode (messages per second per queue). */
export const SQS_FIFO_MAX_THROUGHPUT = 70_000;
