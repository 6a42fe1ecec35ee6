import { indexGraph } from '../../design';
import { defineRule } from '../rule';
import { deadLetterCycles } from './_dead-letter-graph';
import { queueConsumers, rejectsWithoutRequeue } from './_queues';

export const dlxNoSilentCycle = defineRule({
  meta: {
    id: 'rabbitmq/dlx-no-silent-cycle',
    category: 'error-handling',
    severity: 'error',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group'],
    summary: 'A dead-letter cycle must contain a consumer that rejects messages, or RabbitMQ drops the messages that go round it.',
    messages: {
      silentCycle: 'Dead letters cycle through {queues} with no consumer rejecting messages anywhere in the loop: RabbitMQ drops them as a fully automatic cycle.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const cycle of deadLetterCycles(design)) {
      if (cycle.some((id) => queueConsumers(design, id).some(rejectsWithoutRequeue))) continue;
      const names = cycle.map((id) => `"${graph.nodeById.get(id)?.name ?? id}"`);
      report({ target: { type: 'node', id: cycle[0] }, messageId: 'silentCycle', data: { queues: names.join(', ') } });
    }
  },
});
