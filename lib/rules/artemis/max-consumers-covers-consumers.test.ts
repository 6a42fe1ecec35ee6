import { testRule } from '../rule-tester';
import { maxConsumersCoversConsumers } from './max-consumers-covers-consumers';

const queueRead = (queue: Record<string, unknown>, instances: number, concurrency = 1) => ({
  nodes: [
    { kind: 'artemis-address', id: 'jobs' },
    { kind: 'artemis-queue', id: 'q', name: 'jobs', ...queue },
    { kind: 'consumer-group', id: 'worker', instances, concurrency },
  ],
  connections: [
    { from: 'jobs', to: 'q' },
    { from: 'q', to: 'worker' },
  ],
});

testRule(maxConsumersCoversConsumers, {
  valid: [
    { name: 'no limit (the default)', design: queueRead({}, 10, 4) },
    { name: 'a limit the readers fit in', design: queueRead({ 'max-consumers': 8 }, 2, 4) },
    { name: 'max-consumers -1', design: queueRead({ 'max-consumers': -1 }, 5) },
  ],
  invalid: [
    {
      name: 'six consumers on a queue that allows four',
      design: queueRead({ 'max-consumers': 4 }, 3, 2),
      findings: [{ target: 'q', messageIncludes: 'allows max-consumers=4 but its readers open 6 consumers ("worker": 3 × 2): Artemis refuses the 2 beyond' }],
      output: { nodes: { q: { 'max-consumers': 6 } } },
    },
    {
      name: 'max-consumers 1 with two instances: made exclusive, so the second is a standby',
      design: queueRead({ 'max-consumers': 1 }, 2),
      findings: [{ target: 'q', messageIncludes: 'refuses the 1 beyond the limit' }],
      output: { nodes: { q: { exclusive: true } } },
    },
  ],
});
