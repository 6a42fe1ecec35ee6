import { testRule } from '../rule-tester';
import { consumerTimeoutCoversProcessing } from './consumer-timeout-covers-processing';

const consume = [{ from: 'reports', to: 'renderer' }];

testRule(consumerTimeoutCoversProcessing, {
  valid: [
    {
      name: 'fast handler, default timeout',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'reports' },
          { kind: 'consumer-group', id: 'renderer' },
        ],
        connections: consume,
      },
    },
    {
      name: 'slow handler under a raised queue timeout',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'reports', policy: { 'consumer-timeout': 7200000 } },
          { kind: 'consumer-group', id: 'renderer', processingMsP99: 3600000 },
        ],
        connections: consume,
      },
    },
    {
      name: 'timeout disabled on the cluster',
      design: {
        clusters: [{ id: 'rmq', name: 'rmq', broker: 'rabbitmq', config: { consumer_timeout: false } }],
        nodes: [
          { kind: 'rabbitmq-queue', id: 'reports', cluster: 'rmq' },
          { kind: 'consumer-group', id: 'renderer', processingMsP99: 3600000 },
        ],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'handler slower than the 30-minute default',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'reports' },
          { kind: 'consumer-group', id: 'renderer', processingMsP99: 2400000 },
        ],
        connections: consume,
      },
      findings: [{ target: 'renderer', messageIncludes: '1800000 ms consumer timeout' }],
    },
    {
      name: 'handler slower than a lowered cluster timeout',
      design: {
        clusters: [{ id: 'rmq', name: 'rmq', broker: 'rabbitmq', config: { consumer_timeout: 300000 } }],
        nodes: [
          { kind: 'rabbitmq-queue', id: 'reports', cluster: 'rmq' },
          { kind: 'consumer-group', id: 'renderer', processingMsP99: 300000 },
        ],
        connections: consume,
      },
      findings: [{ target: 'renderer', messageIncludes: '300000 ms' }],
    },
  ],
});
