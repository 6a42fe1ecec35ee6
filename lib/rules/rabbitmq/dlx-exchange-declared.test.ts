import { testRule } from '../rule-tester';
import { dlxExchangeDeclared } from './dlx-exchange-declared';

testRule(dlxExchangeDeclared, {
  valid: [
    {
      name: 'drawn DLX',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'rabbitmq-exchange', id: 'dlx' },
        ],
        connections: [{ from: 'q', to: 'dlx' }],
      },
    },
    {
      name: 'policy DLX declared by name',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-exchange': 'orders.dlx' } },
          { kind: 'rabbitmq-exchange', id: 'dlx', name: 'orders.dlx' },
        ],
      },
    },
    { name: 'policy DLX is the default exchange', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-exchange': '', 'dead-letter-routing-key': 'q' } }] } },
    { name: 'no DLX', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
  ],
  invalid: [
    {
      name: 'policy names an undeclared exchange',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-exchange': 'orders.dlx' } }] },
      findings: [{ target: 'q', messageIncludes: '"orders.dlx"' }],
    },
    {
      name: 'policy names an exchange of another vhost',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', vhost: 'shop', policy: { 'dead-letter-exchange': 'orders.dlx' } },
          { kind: 'rabbitmq-exchange', id: 'dlx', name: 'orders.dlx', vhost: '/' },
        ],
      },
      findings: [{ target: 'q', messageIncludes: 'in vhost "shop"' }],
    },
    {
      name: 'dead-letter connection to an exchange of another vhost (imported file)',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', vhost: 'shop' },
          { kind: 'rabbitmq-exchange', id: 'dlx', vhost: '/' },
        ],
        connections: [{ from: 'q', to: 'dlx', kind: 'dead-letter' }],
      },
      findings: [{ target: 'q', messageIncludes: 'stays within a vhost' }],
    },
  ],
});
