import { testRule } from '../rule-tester';
import { topicNameValid } from './topic-name-valid';

testRule(topicNameValid, {
  valid: [
    { name: 'dots and dashes', design: { nodes: [{ kind: 'kafka-topic', id: 't', name: 'orders.payment-processed' }] } },
    { name: 'underscores', design: { nodes: [{ kind: 'kafka-topic', id: 't', name: 'orders_placed_v2' }] } },
  ],
  invalid: [
    {
      name: 'spaces and accents',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', name: 'Commandes validées!' }] },
      findings: [{ target: 't', messageIncludes: 'characters other than' }],
      output: { nodes: { t: { name: 'Commandes-validees' } } },
    },
    {
      name: 'too long',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', name: 'x'.repeat(300) }] },
      findings: [{ target: 't', messageIncludes: '300 characters' }],
      output: { nodes: { t: { name: 'x'.repeat(249) } } },
    },
    {
      name: 'reserved',
      design: { nodes: [{ kind: 'kafka-topic', id: 'orders', name: '..' }] },
      findings: [{ target: 'orders', messageIncludes: 'reserved' }],
      output: { nodes: { orders: { name: 'orders' } } },
    },
  ],
});
