import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

const RECOMMENDED_MAX_PRIORITY = 10;

export const priorityRange = defineRule({
  meta: {
    id: 'rabbitmq/priority-range',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'A classic priority queue should declare between 1 and 10 priority levels (x-max-priority), ideally 2 to 4.',
      rationale:
        'Classic queues accept x-max-priority from 1 to 255 (the design schema already enforces the upper bound), but each level is an internal sub-queue with its own memory and CPU cost, and the Erlang runtime pays for every level on every operation. The priority guide recommends at most 10 levels and suggests 2 to 4 for most uses. x-max-priority=0 leaves a single level: the queue pays the priority-queue overhead while priorities have no effect. (The catalog rates out-of-range values an error; since the schema rejects them, what remains is advice.)',
      howToFix: 'Declare x-max-priority between 2 and 4 (at most 10), or drop it. It cannot be changed on an existing queue: declare a new one.',
      sources: [RMQ_SOURCES.priority, RMQ_SOURCES.queues],
    },
    messages: {
      zero: 'Queue "{queue}" declares x-max-priority=0: a single priority level, so priorities have no effect but the priority-queue overhead remains.',
      tooMany: 'Queue "{queue}" declares {max} priority levels: each is an internal queue, and more than 10 cost memory and CPU for little benefit.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'jobs', type: 'classic', arguments: { 'x-max-priority': 255 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'jobs', type: 'classic', arguments: { 'x-max-priority': 4 } }] }),
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
        fix:
          max === 0
            ? undefined
            : { label: 'Use 10 priority levels', apply: (d) => patchNode(d, queue.id, { arguments: { 'x-max-priority': RECOMMENDED_MAX_PRIORITY } }) },
      });
    }
  },
});
