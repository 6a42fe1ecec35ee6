import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

const RECOMMENDED_MAX_PRIORITY = 10;

export const priorityRange = defineRule({
  meta: {
    id: 'rabbitmq/priority-range',
    category: 'operability',
    severity: 'warning',
    reads: ['rabbitmq-queue'],
    summary: 'A classic priority queue should declare between 1 and 10 priority levels (x-max-priority), ideally 2 to 4.',
    messages: {
      zero: 'Queue "{queue}" declares x-max-priority=0: a single priority level, so priorities have no effect but the priority-queue overhead remains.',
      tooMany: 'Queue "{queue}" declares {max} priority levels: each is an internal queue, and more than 10 cost memory and CPU for little benefit.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      const max = queue.arguments['x-max-priority'];
      if (queue.type !== 'classic' || max === undefined || (max >= 1 && max <= RECOMMENDED_MAX_PRIORITY)) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: max === 0 ? 'zero' : 'tooMany',
        data: { queue: queue.name, max },
        fix: max === 0 ? undefined : { label: 'Use 10 priority levels', apply: (d) => patchNode(d, queue.id, { arguments: { 'x-max-priority': RECOMMENDED_MAX_PRIORITY } }) },
      });
    }
  },
});
