import { testRule } from '../rule-tester';
import { priorityRange } from './priority-range';

const queue = (max: number | undefined, type = 'classic') => ({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', type, arguments: max === undefined ? {} : { 'x-max-priority': max } }] });

testRule(priorityRange, {
  valid: [
    { name: 'no priorities', design: queue(undefined) },
    { name: '4 levels', design: queue(4) },
    { name: '10 levels', design: queue(10) },
    { name: 'quorum queue (argument ignored)', design: queue(200, 'quorum') },
  ],
  invalid: [
    { name: '255 levels', design: queue(255), findings: [{ target: 'q', messageIncludes: '255 priority levels' }], output: { nodes: { q: { arguments: { 'x-max-priority': 10 } } } } },
    { name: 'zero', design: queue(0), findings: [{ target: 'q', messageIncludes: 'x-max-priority=0' }] },
  ],
});
