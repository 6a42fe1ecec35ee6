import { indexGraph, nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { addDeadLetterQueue, queuesOf } from './_addresses';

/** `orders.DLA` → `orders.DLQ`; any other name gets `.DLQ` appended. */
function queueName(addressName: string): string {
  return /DLA$/.test(addressName) ? addressName.replace(/DLA$/, 'DLQ') : `${addressName}.DLQ`;
}

export const deadLetterAddressHasQueue = defineRule({
  meta: {
    id: 'artemis/dead-letter-address-has-queue',
    category: 'error-handling',
    severity: 'error',
    reads: [],
    summary: 'An Artemis dead-letter address needs a queue bound to it, or the messages sent to it are dropped.',
    messages: {
      noQueue: 'Dead-letter address "{dla}" of "{address}" has no queue: Artemis drops a message that exhausts its delivery attempts there ("has no bindings so dropping it").',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const dla of nodesOfKind(design, 'artemis-address')) {
      if (queuesOf(design, dla.id).length > 0) continue;
      const sources = (graph.incoming.get(dla.id) ?? []).filter((c) => c.kind === 'dead-letter').map((c) => graph.nodeById.get(c.from));
      const first = sources.find((n) => n?.kind === 'artemis-address');
      if (!first) continue;
      report({
        target: { type: 'node', id: dla.id },
        messageId: 'noQueue',
        data: { dla: dla.name, address: first.name },
        fix: { label: `Bind a dead-letter queue "${queueName(dla.name)}" to it`, apply: (d) => addDeadLetterQueue(d, dla, queueName(dla.name)) },
      });
    }
  },
});
