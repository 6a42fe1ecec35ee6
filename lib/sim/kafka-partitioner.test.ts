import { describe, expect, it } from 'vitest';
import { murmur2 as platformaticMurmur2 } from '@platformatic/kafka';
import { makeDesign } from '../design/build-design';
import { kafkaPartitionOf, kafkaPartitionTable, murmur2 } from './kafka-partitioner';
import { simulate } from './simulate';

const bytes = (s: string) => new TextEncoder().encode(s);

describe("Kafka's default partitioner", () => {
  it("hashes as Kafka's Utils.murmur2 does (values from Kafka's UtilsTest)", () => {
    // UtilsTest.testMurmur2: "21" → -973932308, "foobar" → -790332482, "a-little-bit-long-string" → -985981536, "a-little-bit-longer-string" → -1486304829, "lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8" → -58897971, {'a','b','c'} → 479470107.
    const cases: Array<[string, number]> = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    for (const [key, hash] of cases) expect(murmur2(bytes(key)), key).toBe(hash);
  });

  it('agrees with the @platformatic/kafka port on every key of a table', () => {
    for (let k = 0; k < 2000; k++) expect(murmur2(bytes(String(k)))).toBe(platformaticMurmur2(Buffer.from(String(k))));
  });

  it('clears the sign bit before the modulo (toPositive), rather than taking an absolute value', () => {
    const negative = ['21', 'foobar'].map(bytes);
    for (const key of negative) expect(kafkaPartitionOf(key, 7)).toBe((murmur2(key) & 0x7fffffff) % 7);
    expect(kafkaPartitionTable(12, 500).every((p) => p >= 0 && p < 12)).toBe(true);
  });

  it('is what the engine routes by: with one key ("0"), a lost broker refuses the writes only when murmur2 puts it on a partition with a replica there', () => {
    const refused = (partitions: number) => {
      const design = makeDesign(
        {
          nodes: [
            { kind: 'producer', id: 'p', publishRate: 10, keyStrategy: 'entity-id' },
            { kind: 'kafka-topic', id: 't', partitions, replicationFactor: 1 },
          ],
          connections: [{ from: 'p', to: 't', kind: 'publish' }],
        },
        { recommended: false },
      );
      return simulate(design, 'broker-loss', 1, { durationMs: 600_000, keySpace: 1 }).report.totals.refusedByBroker;
    };
    // Broker 0 of 3 holds the partitions p with p % 3 = 0 (one replica each). "0" goes to partition 2 of 6 and 8 of 9, 3 of 7.
    expect([6, 9].map((n) => kafkaPartitionOf(bytes('0'), n))).toEqual([2, 8]);
    expect(refused(6)).toBe(0);
    expect(refused(9)).toBe(0);
    expect(kafkaPartitionOf(bytes('0'), 7)).toBe(3);
    expect(refused(7)).toBeGreaterThan(100);
  });
});
