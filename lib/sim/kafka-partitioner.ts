/**
 * Kafka's default partitioner for keyed records, as the Java producer runs it
 * (BuiltInPartitioner.partitionForKey): `toPositive(murmur2(keyBytes)) %
 * partitions`, where murmur2 is Utils.murmur2 (seed 0x9747b28c) and
 * toPositive clears the sign bit. The simulator draws a key as an integer k;
 * its bytes are the UTF-8 of its decimal digits (`kafkaKeyOf`), so a test can
 * send the same keys to a real broker and count what each partition gets.
 */

const SEED = 0x9747b28c;
const M = 0x5bd1e995;

/** Kafka's Utils.murmur2 of `data`, as a signed 32-bit integer. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    k = Math.imul(k, M);
    k ^= k >>> 24;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  // Java's switch falls through: 3 bytes left mix all three, 2 bytes two, 1 byte one, then one multiply.
  const left = length & 3;
  if (left >= 3) h ^= data[whole + 2] << 16;
  if (left >= 2) h ^= data[whole + 1] << 8;
  if (left >= 1) h = Math.imul(h ^ data[whole], M);
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition Kafka's default partitioner picks for a key's bytes. */
export function kafkaPartitionOf(key: Uint8Array, partitions: number): number {
  return (murmur2(key) & 0x7fffffff) % partitions;
}

/** The record key the simulator's integer key `k` stands for. */
export function kafkaKeyOf(k: number): string {
  return String(k);
}

const tables = new Map<string, Int32Array>();
const encoder = new TextEncoder();

/** Per integer key below `keySpace`, its partition: computed once per (partitions, keySpace), so the engine only indexes. */
export function kafkaPartitionTable(partitions: number, keySpace: number): Int32Array {
  const id = `${partitions}:${keySpace}`;
  let table = tables.get(id);
  if (!table) {
    table = new Int32Array(keySpace);
    for (let k = 0; k < keySpace; k++) table[k] = kafkaPartitionOf(encoder.encode(kafkaKeyOf(k)), partitions);
    tables.set(id, table);
  }
  return table;
}
