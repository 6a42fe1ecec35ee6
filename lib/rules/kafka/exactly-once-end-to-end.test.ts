import { testRule } from '../rule-tester';
import { exactlyOnceEndToEnd } from './exactly-once-end-to-end';

const txProducer = { kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'pay-tx' } };
const committedReader = { 'isolation.level': 'read_committed' };
const pipeline = {
  requirements: { delivery: 'exactly-once' },
  clusters: [{ id: 'k', name: 'main', broker: 'kafka' }],
  nodes: [
    txProducer,
    { kind: 'kafka-topic', id: 'in', cluster: 'k' },
    { kind: 'consumer-group', id: 'enrich', kafka: committedReader },
    { kind: 'kafka-topic', id: 'out', cluster: 'k' },
    { kind: 'consumer-group', id: 'sink', idempotent: true, kafka: committedReader },
  ],
  connections: [
    { from: 'pay', to: 'in' },
    { from: 'in', to: 'enrich' },
    { from: 'enrich', to: 'out' },
    { from: 'out', to: 'sink' },
  ],
};

testRule(exactlyOnceEndToEnd, {
  valid: [
    { name: 'a complete exactly-once pipeline', design: pipeline },
    {
      name: 'an at-least-once flow is not held to exactly-once',
      design: { ...pipeline, requirements: { delivery: 'at-least-once' }, nodes: [{ kind: 'producer', id: 'pay' }, ...pipeline.nodes.slice(1)] },
    },
    {
      name: 'Redpanda runs its coordinator on one broker',
      design: { ...pipeline, clusters: [{ id: 'k', name: 'main', broker: 'redpanda', nodes: 1 }] },
    },
  ],
  invalid: [
    {
      name: 'every link missing',
      design: {
        ...pipeline,
        clusters: [{ id: 'k', name: 'main', broker: 'kafka', nodes: 2 }],
        nodes: [
          { kind: 'producer', id: 'pay', kafka: { acks: '1' } },
          { kind: 'kafka-topic', id: 'in', cluster: 'k' },
          { kind: 'consumer-group', id: 'enrich', kafka: { 'enable.auto.commit': true } },
          { kind: 'kafka-topic', id: 'out', cluster: 'k' },
          { kind: 'consumer-group', id: 'sink' },
        ],
      },
      findings: [
        { messageIncludes: 'Cluster "main" carries exactly-once flows with 2 brokers' },
        { target: 'enrich', messageIncludes: 'auto-commits' },
        { target: 'enrich', messageIncludes: 'read_uncommitted (unset: Java client default' },
        { target: 'pay', messageIncludes: 'no transactional.id, acks=1' },
        { target: 'sink', messageIncludes: 'not idempotent' },
        { target: 'sink', messageIncludes: 'read_uncommitted' },
      ],
      output: {
        nodes: {
          pay: { kafka: { 'transactional.id': 'pay-tx', acks: 'all', 'enable.idempotence': true } },
          enrich: { kafka: { 'isolation.level': 'read_committed', 'enable.auto.commit': false } },
          sink: { kafka: { 'isolation.level': 'read_committed' } },
        },
        design: { clusters: [{ id: 'k', nodes: 3 }] },
      },
    },
  ],
});
