import { describe, expect, it } from 'vitest';
import { murmur2 as platformaticMurmur2 } from '@platformatic/kafka';
import { kafkaPartitionOf, kafkaPartitionTable, murmur2 } from './kafka-partitioner';

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
});
