import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const addressFullPolicyDrop = defineRule({
  meta: {
    id: 'artemis/address-full-policy-drop',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'artemis-address', 'consumer-group', 'projection'],
    summary: 'An Artemis address on an at-least-once flow must not DROP messages when it is full: the broker discards them silently.',
    messages: {
      silentDrop:
        'Address "{address}" carries an {delivery} flow but address-full-policy=DROP: once it holds {limit}, the broker silently discards every further message, and its producers never learn.',
    },
  },
  check({ design, report }) {
    for (const address of nodesOfKind(design, 'artemis-address')) {
      if (address.settings['address-full-policy'] !== 'DROP') continue;
      const needs = requirementsAt(design, address.id);
      if (!atLeastOnce(needs)) continue;
      const { 'max-size-bytes': bytes, 'max-size-messages': messages } = address.settings;
      const limits = [bytes >= 0 ? `max-size-bytes=${bytes}` : '', messages >= 0 ? `max-size-messages=${messages}` : ''].filter(Boolean);
      report({
        target: { type: 'node', id: address.id },
        messageId: 'silentDrop',
        data: { address: address.name, delivery: needs.delivery, limit: limits.length > 0 ? limits.join(' or ') : 'the global-max-size' },
        fix: { label: 'Page to disk when full (address-full-policy=PAGE)', apply: (d) => patchNode(d, address.id, { settings: { 'address-full-policy': 'PAGE' } }) },
      });
    }
  },
});
