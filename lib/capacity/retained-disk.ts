/**
 * What a log that keeps messages for a time asks of the brokers' disks, and
 * whether a cluster has it: the one home of these formulas for the review
 * (core/retention-fits-disk).
 *
 * A Kafka topic or JetStream stream that keeps messages for R seconds while
 * λ bytes/s arrive holds λR bytes once it is full, or its byte limit when
 * that is smaller; each of its r replicas stores a copy, so the cluster holds
 * λR × r. It needs more than that free: Amazon MSK alerts at 60 % and 80 % of
 * a broker's disk, because a broker whose disk fills stops taking writes, so
 * the retained data should stay under USABLE_DISK_SHARE of the disk.
 * Kafka deletes whole segments only, so a partition keeps up to one segment
 * more than its retention: the figure is a lower bound.
 */

/** The share of a broker's disk the retained data may fill (Amazon MSK's second storage alert fires above 80 %). */
export const USABLE_DISK_SHARE = 0.8;
export const USABLE_DISK_SHARE_SOURCE = 'https://docs.aws.amazon.com/msk/latest/developerguide/cluster-alerts.html';

const GIB = 2 ** 30;

/** Bytes one copy of a log holds: retention × bytes per second, capped by its byte limit (Infinity: unbounded). */
export function retainedBytes(retentionSeconds: number, bytesPerSecond: number, capBytes = Infinity): number {
  if (!(retentionSeconds >= 0) || !(bytesPerSecond >= 0) || !(capBytes >= 0))
    throw new RangeError(`retainedBytes needs non-negative inputs, got ${retentionSeconds} s, ${bytesPerSecond} B/s, cap ${capBytes}`);
  if (bytesPerSecond === 0) return 0;
  return Math.min(retentionSeconds * bytesPerSecond, capBytes);
}

/** The disk a cluster of `brokers` with `diskGiB` each offers for retained data, in bytes (USABLE_DISK_SHARE of it). */
export function usableClusterDiskBytes(brokers: number, diskGiB: number): number {
  return brokers * diskGiB * GIB * USABLE_DISK_SHARE;
}

/** The disk per broker, in whole GiB, that keeps `bytesOnDisk` (replicas included) within USABLE_DISK_SHARE over `brokers`. */
export function diskGiBPerBrokerFor(bytesOnDisk: number, brokers: number): number {
  if (!(brokers >= 1)) throw new RangeError(`brokers must be at least 1, got ${brokers}`);
  return Math.max(1, Math.ceil(bytesOnDisk / USABLE_DISK_SHARE / brokers / GIB - 1e-9));
}

/** Days until `usableBytes` fill at `bytesPerSecond` (replicas included): how long an unbounded log lasts. */
export function daysToFill(usableBytes: number, bytesPerSecond: number): number {
  return bytesPerSecond > 0 ? usableBytes / bytesPerSecond / 86_400 : Infinity;
}
