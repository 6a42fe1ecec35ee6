import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { fifoThroughputLimit } from './fifo-throughput-limit';

const fifo = (extra: Record<string, unknown> = {}) => ({ kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true, ...extra });

testRule(fifoThroughputLimit, {
  valid: [
    { name: 'default 1000 msg/s', design: withWriter({ nodes: [fifo()] }, 'q') },
    { name: 'exactly 3000 msg/s', design: withWriter({ requirements: { throughput: 3000 }, nodes: [fifo()] }, 'q') },
    { name: 'high-throughput mode', design: withWriter({ requirements: { throughput: 20_000 }, nodes: [fifo({ highThroughputFifo: true })] }, 'q') },
    { name: 'standard queue', design: withWriter({ requirements: { throughput: 20_000 }, nodes: [{ kind: 'sqs-queue', id: 'q' }] }, 'q') },
    { name: 'a dead-letter queue only sees failures', design: withWriter({ requirements: { throughput: 20_000 }, nodes: [fifo({ role: 'dead-letter' })] }, 'q') },
  ],
  invalid: [
    {
      name: 'peak above 3000 msg/s',
      design: withWriter({ requirements: { throughput: 1000, peakThroughput: 4500 }, nodes: [fifo()] }, 'q'),
      findings: [{ target: 'q', messageIncludes: 'must carry 4500 msg/s' }],
      output: { nodes: { q: { highThroughputFifo: true } } },
    },
    {
      name: 'four producers at the default 1000 msg/s each',
      design: {
        nodes: [...[1, 2, 3, 4].map((i) => ({ kind: 'producer', id: `p${i}` })), fifo()],
        connections: [1, 2, 3, 4].map((i) => ({ from: `p${i}`, to: 'q' })),
      },
      findings: [{ target: 'q', messageIncludes: '4000 msg/s' }],
      output: { nodes: { q: { highThroughputFifo: true } } },
    },
  ],
});
