import { PARTITION_BYTES_PER_SECOND, partitionsForLoad } from '../brokers/kafka/partition-capacity';
import { neededThroughput } from './rank-brokers';
import type { MessagingRequest } from './request';

/**
 * Sizing rules of thumb for the generated topology, by messages and by bytes.
 * A partition (or queue) is budgeted at about 1,000 msg/s of consumer work,
 * with 50% headroom for growth, so a 20k msg/s flow gets 30 partitions; counts
 * are rounded up to a multiple of 6 so they divide evenly over 1, 2, 3 or 6
 * consumers. Large messages need more: never fewer than a partition's
 * capacity in bytes and records allows for the same grown load
 * (lib/brokers/kafka/partition-capacity.ts, as the review judges it), so 2,000
 * msg/s of 100 KB (200 MB/s, 300 with headroom) get 30 partitions, not 6.
 */
export const MSGS_PER_PARTITION = 1000;
export const HEADROOM = 1.5;
/** A consumer instance is budgeted at 2,000 msg/s of handler work. */
export const MSGS_PER_CONSUMER = 2000;

/** Bytes per second the request carries at its peak (or sustained) rate. */
export function neededBytesPerSecond(request: MessagingRequest): number {
  return neededThroughput(request) * request.messageSizeBytes;
}

export function partitionsFor(request: MessagingRequest): number {
  if (request.ordering === 'strict') return 1;
  const rate = neededThroughput(request);
  const raw = Math.max(Math.ceil((rate * HEADROOM) / MSGS_PER_PARTITION), partitionsForLoad(rate * HEADROOM, neededBytesPerSecond(request) * HEADROOM));
  return Math.min(3000, Math.max(6, Math.ceil(raw / 6) * 6));
}

/**
 * Consumer instances for a flow: one per 2,000 msg/s, and one per partition's
 * worth of bytes (a member fetches about what one partition carries: Jun
 * Rao's c, the consumer throughput per partition, planned at the same
 * conservative 10 MB/s), never more than the partitions they share.
 */
export function consumerInstancesFor(request: MessagingRequest, partitions: number): number {
  if (request.ordering === 'strict') return 1;
  const byMessages = Math.ceil(neededThroughput(request) / MSGS_PER_CONSUMER);
  const byBytes = Math.ceil(neededBytesPerSecond(request) / PARTITION_BYTES_PER_SECOND);
  return Math.max(2, Math.min(partitions, Math.max(byMessages, byBytes)));
}

/** Producer instances: one per 10,000 msg/s, at least two for availability. */
export function producerInstancesFor(request: MessagingRequest, producers: number): number {
  return Math.max(2, Math.ceil(neededThroughput(request) / producers / 10_000));
}
