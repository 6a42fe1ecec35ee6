/**
 * Planning figures for one Kafka partition, shared by the review
 * (kafka/partitions-for-target-throughput) and the wizard, so a design the
 * wizard sizes is one the review accepts. A partition is written by one leader
 * and read by one member of each group, so it carries what one log can. Jun
 * Rao's sizing guidance puts a partition at "10s of MB/s"; the low end is the
 * conservative figure. Batches are per partition, so a partition of small
 * records tops out on records before bytes: 10,000 records/s is 10 MB/s of
 * 1 KB records, the size the planning figure assumes.
 */
export const PARTITION_BYTES_PER_SECOND = 10_000_000;
export const PARTITION_RECORDS_PER_SECOND = 10_000;

/** The partitions a load of `records` per second of `bytes` per second needs by those figures alone. */
export function partitionsForLoad(records: number, bytes: number): number {
  return Math.max(Math.ceil(bytes / PARTITION_BYTES_PER_SECOND), Math.ceil(records / PARTITION_RECORDS_PER_SECOND));
}
