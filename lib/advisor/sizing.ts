import { partitionsForLoad } from '../brokers/kafka/partition-capacity';
import { neededThroughput } from './rank-brokers';
import type { MessagingRequest } from './request';

/**
 * Sizing rules of thumb for the generated topology. A partition (or queue)
 * is budgeted at about 1,000 msg/s of consumer work, with 50% headroom for
 * growth, so a 20k msg/s flow gets 30 partitions; counts are rounded up to a
 * multiple of 6 so they divide evenly over 1, 2, 3 or 6 consumers. Large
 * messages need more: never fewer than a partition's capacity in bytes and
 * records allows (lib/brokers/kafka/partition-capacity.ts, as the review
 * judges it).
 */
export const MSGS_PER_PARTITION = 1000;
export const HEADROOM = 1.5;

export function partitionsFor(request: MessagingRequest): number {
  if (request.ordering === 'strict') return 1;
  const rate = neededThroughput(request);
  const raw = Math.max(Math.ceil((rate * HEADROOM) / MSGS_PER_PARTITION), partitionsForLoad(rate, rate * request.messageSizeBytes));
  return Math.min(3000, Math.max(6, Math.ceil(raw / 6) * 6));
}

/** Consumer instances for a flow: one per 2,000 msg/s, never more than the partitions they share. */
export function consumerInstancesFor(request: MessagingRequest, partitions: number): number {
  if (request.ordering === 'strict') return 1;
  return Math.max(2, Math.min(partitions, Math.ceil(neededThroughput(request) / 2000)));
}

/** Producer instances: one per 10,000 msg/s, at least two for availability. */
export function producerInstancesFor(request: MessagingRequest, producers: number): number {
  return Math.max(2, Math.ceil(neededThroughput(request) / producers / 10_000));
}
