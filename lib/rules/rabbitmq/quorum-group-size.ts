import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

export const quorumGroupSize = defineRule({
  meta: {
    id: 'rabbitmq/quorum-group-size',
    category: 'durability',
    severity: 'warning',
    reads: ['rabbitmq-queue'],
    summary: "A quorum queue's initial group size should be 3, 5 or 7: odd, at least 3, at most 7.",
    messages: {
      tooSmall: 'Quorum queue "{queue}" has {size} replica(s): fewer than 3 cannot survive the loss of one node.',
      even: 'Quorum queue "{queue}" has an even group size ({size}): it tolerates no more failures than {lower} replicas and costs one more.',
      tooLarge: 'Quorum queue "{queue}" has {size} replicas: more than 7 slows every write and is not recommended.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      const size = queue.arguments['x-quorum-initial-group-size'];
      if (queue.type !== 'quorum' || size === undefined) continue;
      const messageId = size < 3 ? 'tooSmall' : size > 7 ? 'tooLarge' : size % 2 === 0 ? 'even' : undefined;
      if (!messageId) continue;
      const better = size > 7 ? 7 : size < 3 ? 3 : size - 1;
      report({
        target: { type: 'node', id: queue.id },
        messageId,
        data: { queue: queue.name, size, lower: size - 1 },
        fix: {
          label: `Set the group size to ${better}`,
          apply: (d) => patchNode(d, queue.id, { arguments: { 'x-quorum-initial-group-size': better } }),
        },
      });
    }
  },
});
