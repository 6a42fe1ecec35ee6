import { nodeById, nodesOfKind, patchNode, type Design } from '../../design';
import { unsetNote } from '../flow';
import { defineRule } from '../rule';
import { consumedQueues } from './_addresses';

/** What the fix sets: a first retry after a second, doubling, capped at a minute. */
export const FIX_REDELIVERY = { 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 60_000 } as const;

/** The delay, and the growth and cap where the design leaves them unset: a chosen multiplier or cap is kept. */
function redeliveryPatch(design: Design, addressId: string): Record<string, number> {
  const node = nodeById(design, addressId);
  const settings = node?.kind === 'artemis-address' ? node.settings : {};
  const patch: Record<string, number> = { 'redelivery-delay': FIX_REDELIVERY['redelivery-delay'] };
  if (settings['redelivery-delay-multiplier'] === undefined) patch['redelivery-delay-multiplier'] = FIX_REDELIVERY['redelivery-delay-multiplier'];
  if (settings['max-redelivery-delay'] === undefined) patch['max-redelivery-delay'] = FIX_REDELIVERY['max-redelivery-delay'];
  return patch;
}

export const redeliveryDelayForRetries = defineRule({
  meta: {
    id: 'artemis/redelivery-delay-for-retries',
    category: 'error-handling',
    severity: 'warning',
    reads: ['artemis-address'],
    summary: 'An Artemis address that redelivers failed messages should wait between attempts (redelivery-delay), not retry at once.',
    messages: {
      hotLoop:
        'Address "{address}" redelivers a failed message at once (redelivery-delay=0{unset}), {attempts}: a consumer that keeps failing gets it back in quick succession, burning CPU and network, and a transient outage (a database failing over) uses up every attempt before it is over.',
    },
  },
  check({ design, source, report }) {
    for (const address of nodesOfKind(design, 'artemis-address')) {
      const { 'redelivery-delay': delay, 'max-delivery-attempts': attempts } = address.settings;
      // One attempt means no redelivery at all.
      if (delay > 0 || attempts === 1 || attempts === 0 || consumedQueues(design, address.id).length === 0) continue;
      report({
        target: { type: 'node', id: address.id },
        messageId: 'hotLoop',
        data: {
          address: address.name,
          attempts: attempts === -1 ? 'for ever (max-delivery-attempts=-1)' : `up to ${attempts} times`,
          unset: unsetNote(source(address.id, 'settings.redelivery-delay')),
        },
        fix: {
          label: 'Redeliver after 1 s, growing up to 60 s',
          apply: (d) => patchNode(d, address.id, { settings: redeliveryPatch(d, address.id) }),
        },
      });
    }
  },
});
