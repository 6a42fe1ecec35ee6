import { nodesOfKind } from '../../design';
import { unsetNote } from '../flow';
import { defineRule } from '../rule';
import { addDeadLetterAddress, consumedQueues, deadLetterAddressOf, isDeadLetterAddress, sharedDeadLetterAddress } from './_addresses';

export const deadLetterAddressSet = defineRule({
  meta: {
    id: 'artemis/dead-letter-address-set',
    category: 'error-handling',
    severity: 'warning',
    reads: ['artemis-address', 'artemis-queue'],
    summary: 'An Artemis address whose queues are consumed should have a dead-letter address: without one, a message that keeps failing is removed.',
    messages: {
      noDeadLetterAddress: 'Address "{address}" has no dead-letter address: a message its consumers fail max-delivery-attempts={attempts}{unset} times is removed from queue "{queue}" and lost.',
    },
  },
  check({ design, source, report }) {
    for (const address of nodesOfKind(design, 'artemis-address')) {
      const attempts = address.settings['max-delivery-attempts'];
      // -1 redelivers for ever: nothing is removed (and nothing moves on either; the redelivery rule speaks to the loop).
      if (attempts === -1 || deadLetterAddressOf(design, address.id) || isDeadLetterAddress(design, address)) continue;
      const queues = consumedQueues(design, address.id);
      if (queues.length === 0) continue;
      const shared = sharedDeadLetterAddress(design, address);
      report({
        target: { type: 'node', id: address.id },
        messageId: 'noDeadLetterAddress',
        data: { address: address.name, attempts, queue: queues[0].name, unset: unsetNote(source(address.id, 'settings.max-delivery-attempts')) },
        fix: {
          label: shared ? `Dead-letter to address "${shared.name}"` : `Add dead-letter address "${address.name}.DLA" with a queue`,
          apply: (d) => addDeadLetterAddress(d, address.id),
        },
      });
    }
  },
});
