import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { KAFKA_TOOL_CLASSES, requireKafka } from '../testing/kafka-tools';
import { kafkaKeyOf, kafkaPartitionTable } from './kafka-partitioner';

/**
 * The simulator's Kafka partitioner against a real Kafka 4.1 broker and
 * Kafka's own Java producer (kafka-console-producer.sh, whose keyed records
 * take the default partitioner: toPositive(murmur2(key)) % partitions). The
 * simulator draws a message's key uniformly from its key space (10,000 keys
 * by default) and routes it through kafkaPartitionTable, the table the engine
 * indexes: every key of that space is sent once, and the broker's count per
 * partition, and each key's partition, must equal the simulator's exactly.
 */

requireKafka('Kafka partitioner agreement tests');

const KEY_SPACE = 10_000;
let broker: KafkaBroker;
let admin: Admin;

async function tool(name: keyof typeof KAFKA_TOOL_CLASSES, args: string[], input?: string): Promise<string> {
  const result = await broker.tool(KAFKA_TOOL_CLASSES[name], ['--bootstrap-server', broker.bootstrap, ...args], { input, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`${name} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Records per partition: the end offset of each (the topic is fresh, nothing deleted). */
async function countsPerPartition(topic: string, partitions: number): Promise<number[]> {
  const [listed] = await admin.listOffsets({ topics: [{ name: topic, partitions: Array.from({ length: partitions }, (_, p) => ({ partitionIndex: p, timestamp: -1n })) }] });
  const counts = new Array<number>(partitions).fill(0);
  for (const p of listed.partitions) counts[p.partitionIndex] = Number(p.offset);
  return counts;
}

beforeAll(async () => {
  broker = await startKafkaBroker();
  admin = new Admin({ clientId: 'qw-partition-agreement', bootstrapBrokers: [broker.bootstrap], retries: 3, timeout: 20_000 });
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await broker?.stop();
}, 60_000);

describe("the simulator's Kafka partitioner against a real broker", () => {
  it.each([6, 7])(
    '%i partitions: every key of the key space lands where the simulator puts it',
    async (partitions) => {
      const topic = `keys-${partitions}`;
      await tool('kafka-topics.sh', ['--create', '--topic', topic, '--partitions', String(partitions), '--replication-factor', '1']);
      const keys = Array.from({ length: KEY_SPACE }, (_, k) => kafkaKeyOf(k));
      await tool('kafka-console-producer.sh', ['--topic', topic, '--property', 'parse.key=true', '--property', 'key.separator=\t'], keys.map((k) => `${k}\tv`).join('\n') + '\n');

      const table = kafkaPartitionTable(partitions, KEY_SPACE);
      const simulated = new Array<number>(partitions).fill(0);
      for (const p of table) simulated[p]++;
      expect(await countsPerPartition(topic, partitions)).toEqual(simulated);

      // Each key's own partition, as the broker stored it.
      const out = await tool('kafka-console-consumer.sh', [
        '--topic',
        topic,
        '--from-beginning',
        '--max-messages',
        String(KEY_SPACE),
        '--property',
        'print.partition=true',
        '--property',
        'print.key=true',
        '--property',
        'print.value=false',
      ]);
      const stored = new Map<string, number>();
      for (const line of out.split('\n')) {
        const m = line.match(/^Partition:(\d+)\t(\S+)/);
        if (m) stored.set(m[2], Number(m[1]));
      }
      expect(stored.size).toBe(KEY_SPACE);
      const disagreements = keys.filter((k, i) => stored.get(k) !== table[i]);
      expect(disagreements).toEqual([]);
    },
    240_000,
  );
});
