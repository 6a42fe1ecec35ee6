import { Admin } from '@platformatic/kafka';
import { readDesign } from '../lib/design/read-design';
import { auditKafka } from '../lib/live/kafka-audit';
import { kafkaConnectionSchema } from '../lib/live/kafka-connection';
import { startKafkaBroker } from '../lib/testing/kafka-broker';

/**
 * `audit_ms_1000_resources`: `auditKafka` of a 1,000-topic design against a
 * local Kafka 4.x broker (started here, KRaft, one node) that runs those 1,000
 * topics, each with a config set on it, so every DescribeConfigs answer has
 * real overrides. Measured from the call (design resolved, cluster read,
 * compared) to its answer, median of three audits; the broker start and the
 * topic creation are not measured. The audit must find no difference, or the
 * number would be of the wrong work.
 */

const TOPICS = 1000;

export async function auditMs1000Resources(): Promise<number> {
  const broker = await startKafkaBroker();
  const admin = new Admin({ clientId: 'qw-bench', bootstrapBrokers: [broker.bootstrap], timeout: 60_000, retries: 3 });
  try {
    const names = Array.from({ length: TOPICS }, (_, i) => `bench-${String(i).padStart(4, '0')}`);
    for (let i = 0; i < names.length; i += 100) {
      await admin.createTopics({ topics: names.slice(i, i + 100), partitions: 1, replicas: 1, configs: [{ name: 'retention.ms', value: '86400000' }] });
    }
    while ((await admin.listTopics()).length < TOPICS) await new Promise((r) => setTimeout(r, 500));
    const doc = {
      queuewright: 2,
      clusters: [{ id: 'bench', name: 'Bench', broker: 'kafka' }],
      nodes: names.map((name) => ({ kind: 'kafka-topic', id: name, name, cluster: 'bench', partitions: 1, config: { 'retention.ms': 86_400_000 } })),
    };
    const read = readDesign(JSON.stringify(doc));
    if (!read.ok) throw new Error('the bench design does not read');
    const connection = kafkaConnectionSchema.parse({ bootstrap: broker.bootstrap, timeoutMs: 60_000 });
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const audit = await auditKafka(connection, read.design);
      times.push(performance.now() - start);
      if (audit.differences.length > 0) throw new Error(`the bench audit found ${audit.differences.length} differences, e.g. ${JSON.stringify(audit.differences[0])}`);
    }
    return Math.round(times.sort((a, b) => a - b)[1]);
  } finally {
    await admin.close();
    await broker.stop();
  }
}

if (process.argv[1]?.endsWith('audit.ts')) {
  auditMs1000Resources().then(
    (ms) => console.log(`audit_ms_1000_resources: ${ms}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
