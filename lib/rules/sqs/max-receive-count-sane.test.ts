import { testRule } from '../rule-tester';
import { maxReceiveCountSane } from './max-receive-count-sane';

const redrive = (maxReceiveCount: number | undefined, lambdaTimeoutSeconds?: number) => ({
  nodes: [
    { kind: 'sqs-queue', id: 'q', visibilityTimeout: 600 },
    { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter' },
    { kind: 'consumer-group', id: 'fn', ...(lambdaTimeoutSeconds ? { lambdaTimeoutSeconds } : {}) },
  ],
  connections: [
    { from: 'q', to: 'dlq', ...(maxReceiveCount ? { maxReceiveCount } : {}) },
    { from: 'q', to: 'fn' },
  ],
});

testRule(maxReceiveCountSane, {
  valid: [
    { name: 'three receives for a service', design: redrive(3) },
    { name: 'two receives for a service (only 1 is flagged)', design: redrive(2) },
    { name: 'five receives for Lambda', design: redrive(5, 60) },
    { name: 'no count declared', design: redrive(undefined) },
  ],
  invalid: [
    { name: 'one receive', design: redrive(1), findings: [{ target: 'q--dlq', messageIncludes: 'single receive' }], output: { connections: { 'q--dlq': { maxReceiveCount: 3 } } } },
    { name: 'three receives for Lambda', design: redrive(3, 60), findings: [{ target: 'q--dlq', messageIncludes: '"fn"' }], output: { connections: { 'q--dlq': { maxReceiveCount: 5 } } } },
    { name: 'one receive for Lambda', design: redrive(1, 60), findings: [{ target: 'q--dlq', messageIncludes: 'at least 5' }], output: { connections: { 'q--dlq': { maxReceiveCount: 5 } } } },
  ],
});
