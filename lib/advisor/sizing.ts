import { PARTITION_BYTES_PER_SECOND } from '../rules/kafka/partitions-for-target-throughput';
import { neededThroughput } from './rank-brokers';
import type { MessagingRequest } from './request';

/**
 * Sizing rules of thumb for the generated topology. A partition (or queue)
 * is budgeted at about 1,000 msg/s of consumer work and at the 10 MB/s the
 * review plans a partition for (kafka/partitions-for-target-throughput;
 * large messages reach it first), with 50% headroom for growth: a 20k msg/s
 * flow of 1 KB messages gets 30 partitions. Counts are rounded up to a
 * multiple of 6 so they divide evenly over 1, 2, 3 or 6 consumers.
 */
export const MSGS_PER_PARTITION = 1000;
export const HEADROOM = 1.5;

export function partitionsFor(request: MessagingRequest): number {
  if (request.ordering === 'strict') return 1;
  const records = neededThroughput(request) * HEADROOM;
  const raw = Math.max(Math.ceil(records / MSGS_PER_PARTITION), Math.ceil((records * request.messageSizeBytes) / PARTITION_BYTES_PER_SECOND));
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
