import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const ALL_TESTS = ['lib/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'eval/**/*.test.ts'];

/**
 * Test files that start a broker, a JVM or a Go build, or run the built CLI as
 * a process. They form the project `real-tools`; everything else is `unit`,
 * which `npm run test:fast` runs alone. A file that needs a real tool but is
 * not listed here fails in the unit project, saying so (lib/testing/real-tools.ts).
 */
const REAL_TOOL_TESTS = [
  'cli/bin.test.ts',
  'lib/exporters/artemis-broker.test.ts',
  'lib/exporters/docker-compose.test.ts',
  'lib/exporters/kafka-broker.test.ts',
  'lib/exporters/kafka-connect-worker.test.ts',
  'lib/exporters/nats-server.test.ts',
  'lib/exporters/rabbitmq-broker.test.ts',
  'lib/exporters/rabbitmq-definitions-broker.test.ts',
  'lib/exporters/terraform-pulsar-admin-client.test.ts',
  'lib/exporters/topicctl.test.ts',
  'lib/exporters/yaml.test.ts',
  'lib/importers/kafka-config.test.ts',
  'lib/importers/strimzi.round-trip.test.ts',
  'lib/importers/topicctl.round-trip.test.ts',
  'lib/live/*-audit.test.ts',
  'lib/live/*-live.test.ts',
  'lib/live/*-round-trip.test.ts',
  'lib/testing/kafka-broker.test.ts',
  'lib/sim/*-agreement.test.ts',
];

const shared = {
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
};

export default defineConfig({
  ...shared,
  test: {
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // A timeout guards against a hang; it is not a speed check, so it leaves room for a busy machine.
    testTimeout: 30_000,
    // Vitest's default on two cores is one worker; the real-tool tests mostly wait on brokers, so two
    // workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ALL_TESTS,
          exclude: REAL_TOOL_TESTS,
          // Pure tests share one module graph per worker: importing the rule registry once instead of once per file
          // is most of the time a unit run takes (no test here mocks modules, fakes timers or keeps global state).
          isolate: false,
          env: { QUEUEWRIGHT_FAST_UNIT_RUN: '1' },
        },
      },
      { extends: true, test: { name: 'real-tools', include: REAL_TOOL_TESTS } },
    ],
  },
});
