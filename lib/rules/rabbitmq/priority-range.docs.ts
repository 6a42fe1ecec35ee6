import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/priority-range`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Classic queues accept x-max-priority from 1 to 255 (the design schema already enforces the upper bound), but each level is an internal sub-queue with its own memory and CPU cost, and the Erlang runtime pays for every level on every operation. The priority guide recommends at most 10 levels and suggests 2 to 4 for most uses. x-max-priority=0 leaves a single level: the queue pays the priority-queue overhead while priorities have no effect. (The catalog rates out-of-range values an error; since the schema rejects them, what remains is advice.)',
  howToFix: 'Declare x-max-priority between 2 and 4 (at most 10), or drop it. It cannot be changed on an existing queue: declare a new one.',
  sources: [RMQ_SOURCES.priority, RMQ_SOURCES.queues],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'jobs', type: 'classic', arguments: { 'x-max-priority': 255 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'jobs', type: 'classic', arguments: { 'x-max-priority': 4 } }] }),
  },
};
