/**
 * A local Apache Kafka broker for trying things by hand (the tests start their
 * own through lib/testing/kafka-broker.ts):
 *
 *   bash scripts/kafka/fetch.sh            # once: the jars from Maven Central
 *   npx tsx scripts/kafka/broker.ts        # KRaft single node on 127.0.0.1, fresh data
 *   npx tsx scripts/kafka/broker.ts --sasl alice:alice-secret   # plus a SASL/PLAIN listener
 *
 * It prints the bootstrap address once the broker answers and stops it
 * cleanly (data folder removed) on Ctrl+C.
 */
import { startKafkaBroker } from '../../lib/testing/kafka-broker';

async function run(): Promise<void> {
  const sasl = process.argv.indexOf('--sasl');
  const [username, password] = sasl > 0 ? (process.argv[sasl + 1] ?? '').split(':') : [];
  const broker = await startKafkaBroker(username && password ? { saslUsers: [{ username, password }] } : {});
  process.stdout.write(`Kafka is up: --bootstrap-server ${broker.bootstrap}${broker.saslBootstrap ? ` (SASL_PLAINTEXT/PLAIN: ${broker.saslBootstrap})` : ''}\nCtrl+C stops it.\n`);
  const stop = async () => {
    await broker.stop();
    process.stdout.write('Kafka stopped.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  setInterval(() => undefined, 60_000);
}

run().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
