import { testRule } from '../rule-tester';
import { cooperativeRebalancing } from './cooperative-rebalancing';

const topic = { kind: 'kafka-topic', id: 'orders' };
const consume = [{ from: 'orders', to: 'g' }];
const group = (kafka: Record<string, unknown>) => ({ kind: 'consumer-group', id: 'g', kafka });

testRule(cooperativeRebalancing, {
  valid: [
    { name: 'Kafka default list', design: { nodes: [topic, group({})], connections: consume } },
    { name: 'range plus cooperative-sticky', design: { nodes: [topic, group({ 'partition.assignment.strategy': 'range,cooperative-sticky' })], connections: consume } },
    {
      name: 'consumer protocol',
      design: { nodes: [topic, group({ 'group.protocol': 'consumer', 'partition.assignment.strategy': 'range' })], connections: consume },
    },
  ],
  invalid: [
    {
      name: 'sticky (eager)',
      design: { nodes: [topic, group({ 'partition.assignment.strategy': 'sticky' })], connections: consume },
      findings: [{ target: 'g', messageIncludes: 'eager sticky' }],
      output: { nodes: { g: { kafka: { 'partition.assignment.strategy': 'cooperative-sticky' } } } },
    },
  ],
});
