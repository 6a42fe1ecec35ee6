import { testRule } from '../rule-tester';
import { visibilityTimeoutCoversProcessing } from './visibility-timeout-covers-processing';

const worker = (p99: number, extra: Record<string, unknown> = {}) => ({ kind: 'consumer-group', id: 'worker', processingMsP99: p99, ...extra });

testRule(visibilityTimeoutCoversProcessing, {
  valid: [
    { name: 'default 30s timeout, 200 ms p99', design: { nodes: [{ kind: 'sqs-queue', id: 'jobs' }, worker(200)], connections: [{ from: 'jobs', to: 'worker' }] } },
    {
      name: 'timeout equal to the p99',
      design: { nodes: [{ kind: 'sqs-queue', id: 'jobs', visibilityTimeout: 60 }, worker(60_000)], connections: [{ from: 'jobs', to: 'worker' }] },
    },
    {
      name: 'a Lambda consumer is left to the Lambda rules',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'jobs', visibilityTimeout: 30 }, worker(60_000, { lambdaTimeoutSeconds: 120 })],
        connections: [{ from: 'jobs', to: 'worker' }],
      },
    },
    { name: 'a queue nobody consumes', design: { nodes: [{ kind: 'sqs-queue', id: 'jobs', visibilityTimeout: 0 }] } },
  ],
  invalid: [
    {
      name: 'slow consumer on the default timeout',
      design: { nodes: [{ kind: 'sqs-queue', id: 'jobs' }, worker(45_000)], connections: [{ from: 'jobs', to: 'worker' }] },
      findings: [{ target: 'jobs', messageIncludes: 'processed twice' }],
      output: { nodes: { jobs: { visibilityTimeout: 90 } } },
    },
    {
      name: 'the slowest of two consumers decides',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'jobs', visibilityTimeout: 10 }, worker(2000), { kind: 'consumer-group', id: 'audit', processingMsP99: 15_500 }],
        connections: [
          { from: 'jobs', to: 'worker' },
          { from: 'jobs', to: 'audit' },
        ],
      },
      findings: [{ target: 'jobs', messageIncludes: '"audit"' }],
      output: { nodes: { jobs: { visibilityTimeout: 31 } } },
    },
    {
      name: 'processing longer than 12 hours has no fix',
      design: { nodes: [{ kind: 'sqs-queue', id: 'jobs', visibilityTimeout: 43_200 }, worker(50_000_000)], connections: [{ from: 'jobs', to: 'worker' }] },
      findings: [{ target: 'jobs', messageIncludes: 'ChangeMessageVisibility' }],
    },
  ],
});
