import { testRule } from '../rule-tester';
import { inFlightQuota } from './in-flight-quota';

const design = (throughput: number, processingMsP50: number, queue: Record<string, unknown> = {}) => ({
  requirements: { throughput },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'sqs-queue', id: 'q', ...queue },
    { kind: 'consumer-group', id: 'worker', processingMsP50 },
  ],
  connections: [
    { from: 'p', to: 'q' },
    { from: 'q', to: 'worker' },
  ],
});

testRule(inFlightQuota, {
  valid: [
    { name: 'defaults: 1000 msg/s × 20 ms', design: design(1000, 20) },
    { name: 'exactly at the quota', design: design(2000, 60_000) },
    { name: 'no consumers', design: { requirements: { throughput: 1e6 }, nodes: [{ kind: 'sqs-queue', id: 'q' }] } },
  ],
  invalid: [
    { name: 'long jobs at a high rate', design: design(5000, 60_000), findings: [{ target: 'q', messageIncludes: 'about 300,000 messages in flight (5000 msg/s × 60000 ms)' }] },
    { name: 'FIFO queue', design: design(3000, 50_000, { fifo: true, name: 'q.fifo' }), findings: [{ target: 'q', messageIncludes: 'above the 120,000' }] },
  ],
});
