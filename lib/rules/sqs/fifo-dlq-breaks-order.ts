import { indexGraph, nodesOfKind, outgoing } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { AWS_DOCS } from './_sources';

export const fifoDlqBreaksOrder = defineRule({
  meta: {
    id: 'sqs/fifo-dlq-breaks-order',
    category: 'ordering',
    severity: 'info',
    docs: {
      summary: 'A dead-letter queue on a FIFO queue whose flow needs strict ordering takes messages out of sequence.',
      rationale:
        "When a message moves to the dead-letter queue, the next message of its group is delivered without it: the group's order has a gap. AWS advises against a dead-letter queue on a FIFO queue when the exact order of messages or operations must not be broken (their example: the edits of a video edit decision list). For per-key flows that tolerate a skipped message this is fine, so only flows that declare strict ordering are flagged.",
      howToFix:
        'Accept the gap and handle it in the application (for example, park the group until the dead-lettered message is resolved), or remove the redrive policy and let the group block until the failure is fixed. Accept the risk on the queue once decided.',
      sources: [AWS_DOCS.deadLetterQueues],
    },
    messages: {
      gap: 'FIFO queue "{queue}" carries a strictly ordered flow but dead-letters to "{dlq}", so a failed message leaves a gap and later messages are processed without it.',
    },
    examples: {
      failing: {
        queuewright: 2,
        requirements: { ordering: 'strict' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'sqs-queue', id: 'edits', name: 'edits.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'edits-dlq', name: 'edits-dlq.fifo', fifo: true, role: 'dead-letter' },
        ],
        connections: [{ id: 'writer--edits', kind: 'publish', from: 'writer', to: 'edits' }, { id: 'd', kind: 'dead-letter', from: 'edits', to: 'edits-dlq', maxReceiveCount: 5 }],
      },
      passing: {
        queuewright: 2,
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'sqs-queue', id: 'edits', name: 'edits.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'edits-dlq', name: 'edits-dlq.fifo', fifo: true, role: 'dead-letter' },
        ],
        connections: [{ id: 'writer--edits', kind: 'publish', from: 'writer', to: 'edits' }, { id: 'd', kind: 'dead-letter', from: 'edits', to: 'edits-dlq', maxReceiveCount: 5 }],
      },
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (!queue.fifo) continue;
      const redrive = outgoing(design, queue.id, 'dead-letter')[0];
      if (!redrive || requirementsAt(design, queue.id)?.ordering !== 'strict') continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'gap',
        data: { queue: queue.name, dlq: graph.nodeById.get(redrive.to)?.name ?? redrive.to },
      });
    }
  },
});
