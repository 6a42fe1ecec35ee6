import { nodesOfKind, patchNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';

export const maxConsumersCoversConsumers = defineRule({
  meta: {
    id: 'artemis/max-consumers-covers-consumers',
    category: 'scalability',
    severity: 'error',
    reads: ['artemis-queue', 'consumer-group'],
    summary: "An Artemis queue's max-consumers must allow every consumer its readers open; the broker refuses the ones beyond it.",
    messages: {
      refused: 'Queue "{queue}" allows max-consumers={max} but its readers open {consumers} consumers ({readers}): Artemis refuses the {extra} beyond the limit, which then read nothing.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'artemis-queue')) {
      const max = queue['max-consumers'];
      if (max === undefined || max < 0) continue;
      const groups = consumersOf(design, queue.id);
      const consumers = groups.reduce((sum, g) => sum + g.instances * g.concurrency, 0);
      if (consumers <= max) continue;
      const readers = groups.map((g) => `"${g.name}": ${g.instances} × ${g.concurrency}`).join(', ');
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'refused',
        data: { queue: queue.name, max, consumers, readers, extra: consumers - max },
        // max-consumers=1 is how one asks for a single consumer: an exclusive queue gives that and keeps the others as standbys.
        fix:
          max === 1
            ? { label: 'Make the queue exclusive instead (one consumer at a time, the others standing by)', apply: (d) => patchNode(d, queue.id, { exclusive: true, 'max-consumers': undefined }) }
            : { label: `Allow ${consumers} consumers`, apply: (d) => patchNode(d, queue.id, { 'max-consumers': consumers }) },
      });
    }
  },
});
