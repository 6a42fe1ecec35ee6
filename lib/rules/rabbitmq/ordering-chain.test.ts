import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { orderingChain } from './ordering-chain';

const sac = { kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-single-active-consumer': true } };
const consume = [{ from: 'q', to: 'c' }];

testRule(orderingChain, {
  valid: [
    { name: 'one handler per instance', design: withWriter({ nodes: [sac, { kind: 'consumer-group', id: 'c' }], connections: consume }, 'q') },
    { name: 'parallel handlers kept serial by prefetch 1', design: withWriter({ nodes: [sac, { kind: 'consumer-group', id: 'c', concurrency: 4, prefetch: 1 }], connections: consume }, 'q') },
    {
      name: 'parallel handlers on an unordered flow',
      design: withWriter({ requirements: { ordering: 'none' }, nodes: [sac, { kind: 'consumer-group', id: 'c', concurrency: 4 }], connections: consume }, 'q'),
    },
    {
      name: 'quorum queue on 3.13 with a delivery limit',
      design: withWriter(
        {
          clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.13' }],
          nodes: [
            { ...sac, cluster: 'r', arguments: { 'x-single-active-consumer': true, 'x-delivery-limit': 10 } },
            { kind: 'consumer-group', id: 'c' },
          ],
          connections: consume,
        },
        'q',
      ),
    },
  ],
  invalid: [
    {
      name: 'eight parallel handlers',
      design: withWriter({ nodes: [sac, { kind: 'consumer-group', id: 'c', concurrency: 8 }], connections: consume }, 'q'),
      findings: [{ target: 'c', messageIncludes: '8 parallel handlers' }],
      output: { nodes: { c: { concurrency: 1, asyncProcessing: false } } },
    },
    {
      name: 'thread-pool processing',
      design: withWriter({ nodes: [sac, { kind: 'consumer-group', id: 'c', asyncProcessing: true }], connections: consume }, 'q'),
      findings: [{ target: 'c', messageIncludes: 'thread pool' }],
      output: { nodes: { c: { asyncProcessing: false } } },
    },
    {
      name: 'polling from two instances',
      design: withWriter({ nodes: [sac, { kind: 'consumer-group', id: 'c', instances: 2, rabbitmq: { basicGet: true } }], connections: consume }, 'q'),
      findings: [{ target: 'c', messageIncludes: 'basic.get from 2 instances' }],
    },
    {
      name: 'consumer republishes failures through a TTL retry queue back into the queue',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'work', type: 'direct' },
          sac,
          { kind: 'consumer-group', id: 'c' },
          { kind: 'rabbitmq-exchange', id: 'retry', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'retry-10s', role: 'retry', arguments: { 'x-message-ttl': 10000 } },
        ],
        connections: [
          { from: 'api', to: 'work', routingKey: 'task' },
          { from: 'work', to: 'q', routingKey: 'task' },
          ...consume,
          { from: 'c', to: 'retry', routingKey: 'retry' },
          { from: 'retry', to: 'retry-10s', routingKey: 'retry' },
          { from: 'retry-10s', to: 'work', kind: 'dead-letter', routingKey: 'task' },
        ],
      },
      findings: [{ target: 'q', messageIncludes: 'republished by "c"' }],
    },
    {
      name: 'quorum queue on 3.13 without a delivery limit',
      design: withWriter(
        {
          clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.13' }],
          nodes: [
            { ...sac, cluster: 'r' },
            { kind: 'consumer-group', id: 'c' },
          ],
          connections: consume,
        },
        'q',
      ),
      findings: [{ target: 'q', messageIncludes: 'RabbitMQ 3.13' }],
      output: { nodes: { q: { arguments: { 'x-delivery-limit': 20 } } } },
    },
  ],
});
