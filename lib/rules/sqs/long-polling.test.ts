import { testRule } from '../rule-tester';
import { longPolling } from './long-polling';

const design = (wait: number, consumer: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'sqs-queue', id: 'q', receiveMessageWaitTimeSeconds: wait },
    { kind: 'consumer-group', id: 'worker', ...consumer },
  ],
  connections: [{ from: 'q', to: 'worker' }],
});

testRule(longPolling, {
  valid: [
    { name: 'long polling', design: design(20) },
    { name: 'short polling read only by Lambda, which long-polls itself', design: design(0, { lambdaTimeoutSeconds: 30 }) },
    { name: 'nobody polls', design: { nodes: [{ kind: 'sqs-queue', id: 'q', receiveMessageWaitTimeSeconds: 0 }] } },
  ],
  invalid: [{ name: 'short polling', design: design(0), findings: [{ target: 'q', messageIncludes: 'consumer "worker"' }], output: { nodes: { q: { receiveMessageWaitTimeSeconds: 20 } } } }],
});
