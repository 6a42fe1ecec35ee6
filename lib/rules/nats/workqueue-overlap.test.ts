import { testRule } from '../rule-tester';
import { workqueueOverlap } from './workqueue-overlap';

const stream = (retention = 'workqueue') => ({ kind: 'nats-stream', id: 'jobs', retention, subjects: ['jobs.>'] });
const group = (id: string, filter_subjects: string[] = [], extra: Record<string, unknown> = {}) => ({
  kind: 'consumer-group',
  id,
  nats: { filter_subjects },
  ...extra,
});
const consume = (...ids: string[]) => ids.map((to) => ({ from: 'jobs', to }));

testRule(workqueueOverlap, {
  valid: [
    { name: 'one unfiltered consumer', design: { nodes: [stream(), group('a')], connections: consume('a') } },
    {
      name: 'disjoint filters',
      design: { nodes: [stream(), group('a', ['jobs.email.*']), group('b', ['jobs.sms.>', 'jobs.push'])], connections: consume('a', 'b') },
    },
    {
      name: 'two nodes that share one durable consumer',
      design: {
        nodes: [stream(), group('a', [], { groupId: 'workers' }), group('b', [], { groupId: 'workers' })],
        connections: consume('a', 'b'),
      },
    },
    { name: 'overlap on an interest stream is fine', design: { nodes: [stream('interest'), group('a'), group('b')], connections: consume('a', 'b') } },
  ],
  invalid: [
    {
      name: 'two unfiltered consumers',
      design: { nodes: [stream(), group('a'), group('b')], connections: consume('a', 'b') },
      findings: [{ target: 'b', messageIncludes: 'neither is filtered' }],
    },
    {
      name: 'wildcard filters that overlap',
      design: { nodes: [stream(), group('a', ['jobs.*.eu']), group('b', ['jobs.email.*'])], connections: consume('a', 'b') },
      findings: [{ target: 'b', messageIncludes: '"jobs.email.*"' }],
    },
    {
      name: 'a filtered consumer beside an unfiltered one',
      design: { nodes: [stream(), group('a', ['jobs.email.*']), group('b'), group('c', ['jobs.sms'])], connections: consume('a', 'b', 'c') },
      findings: [
        { target: 'b', messageIncludes: '"jobs.email.*"' },
        { target: 'c', messageIncludes: '"b"' },
      ],
    },
  ],
});
