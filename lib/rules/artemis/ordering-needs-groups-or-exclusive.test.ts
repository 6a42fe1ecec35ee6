import { testRule } from '../rule-tester';
import { orderingNeedsGroupsOrExclusive } from './ordering-needs-groups-or-exclusive';

const flow = (ordering: string, { instances = 3, producer = {}, queue = {}, address = {} }: Record<string, unknown> = {}) => ({
  requirements: { ordering },
  nodes: [
    { kind: 'producer', id: 'api', ...(producer as object) },
    { kind: 'artemis-address', id: 'orders', ...(address as object) },
    { kind: 'artemis-queue', id: 'q', name: 'orders', ...(queue as object) },
    { kind: 'consumer-group', id: 'worker', instances },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'q' },
    { from: 'q', to: 'worker' },
  ],
});

testRule(orderingNeedsGroupsOrExclusive, {
  valid: [
    { name: 'no ordering needed', design: flow('none') },
    { name: 'one consumer', design: flow('strict', { instances: 1 }) },
    { name: 'per-key order with message groups', design: flow('per-key', { producer: { artemis: { messageGroupId: 'entity-id' } } }) },
    { name: 'strict order on an exclusive queue', design: flow('strict', { queue: { exclusive: true } }) },
    { name: 'strict order with the address making its queues exclusive', design: flow('strict', { address: { settings: { 'default-exclusive-queue': true } } }) },
  ],
  invalid: [
    {
      name: 'per-key order, three consumers, no groups: the producers get JMSXGroupID',
      design: flow('per-key'),
      findings: [{ target: 'q', messageIncludes: 'read by 3 consumers on a per-key-ordered flow, but its producers set no message group' }],
      output: { nodes: { api: { artemis: { messageGroupId: 'entity-id' } } } },
    },
    {
      name: 'strict order, groups are not enough: the queue becomes exclusive',
      design: flow('strict', { producer: { artemis: { messageGroupId: 'entity-id' } } }),
      findings: [{ target: 'q', messageIncludes: 'strictly ordered flow and is not exclusive' }],
      output: { nodes: { q: { exclusive: true } } },
    },
  ],
});
