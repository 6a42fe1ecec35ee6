import { testRule } from '../rule-tester';
import { singleQueueBottleneck } from './single-queue-bottleneck';

const flow = (throughput: number, type = 'quorum', extra: Record<string, unknown> = {}) => ({
  requirements: { throughput, ...extra },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'rabbitmq-queue', id: 'q', type, ...(type === 'stream' ? { arguments: { 'x-max-age': '1D' } } : {}) },
  ],
  connections: [{ from: 'p', to: 'q' }],
});

testRule(singleQueueBottleneck, {
  valid: [
    { name: '20k msg/s on a quorum queue', design: flow(20000) },
    { name: '40k msg/s on a classic queue', design: flow(40000, 'classic') },
    { name: '500k msg/s on a stream', design: flow(500000, 'stream') },
    { name: 'a queue no producer reaches', design: { requirements: { throughput: 100000 }, nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
  ],
  invalid: [
    { name: '40k msg/s on a quorum queue', design: flow(40000), findings: [{ target: 'q', messageIncludes: '40000 msg/s' }] },
    { name: 'a 60k msg/s peak on a classic queue', design: flow(10000, 'classic', { peakThroughput: 60000 }), findings: [{ target: 'q', messageIncludes: 'about 50000' }] },
  ],
});
