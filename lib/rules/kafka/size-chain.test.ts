import { testRule } from '../rule-tester';
import { sizeChain } from './size-chain';

const publish = { from: 'api', to: 't' };

testRule(sizeChain, {
  valid: [
    {
      name: 'small records',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [publish],
      },
    },
    {
      name: 'large records with every limit raised',
      design: {
        requirements: { maxMessageBytes: 2000000 },
        nodes: [
          { kind: 'producer', id: 'api', kafka: { 'max.request.size': 3000000 } },
          { kind: 'kafka-topic', id: 't', config: { 'max.message.bytes': 3000000 } },
          { kind: 'consumer-group', id: 'g' },
        ],
        connections: [publish, { from: 't', to: 'g' }],
      },
    },
    {
      name: 'a broker that raised message.max.bytes',
      design: {
        requirements: { maxMessageBytes: 2000000 },
        clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'message.max.bytes': 5242880 } }],
        nodes: [
          { kind: 'producer', id: 'api', kafka: { 'max.request.size': 5242880 } },
          { kind: 'kafka-topic', id: 't', cluster: 'k' },
        ],
        connections: [publish],
      },
    },
  ],
  invalid: [
    {
      name: 'the topic is the narrowest link',
      design: {
        requirements: { maxMessageBytes: 2000000 },
        nodes: [
          { kind: 'producer', id: 'api', kafka: { 'max.request.size': 3000000 } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [publish],
      },
      findings: [{ target: 'api--t', messageIncludes: 'exceed the message.max.bytes, the broker default' }],
      output: { nodes: { t: { config: { 'max.message.bytes': 2097152 } } } },
    },
    {
      name: 'an old cluster: the consumer fetch size too',
      design: {
        clusters: [{ id: 'k', name: 'k', broker: 'kafka', version: '0.10.1.1' }],
        nodes: [
          { kind: 'producer', id: 'api', messageSizeBytes: 1500000 },
          { kind: 'kafka-topic', id: 't', cluster: 'k' },
          { kind: 'consumer-group', id: 'g' },
        ],
        connections: [publish, { from: 't', to: 'g' }],
      },
      findings: [{ target: 'api--t', messageIncludes: 'max.partition.fetch.bytes of "g" (1048576) and' }],
      output: {
        nodes: {
          api: { kafka: { 'max.request.size': 2097152 } },
          t: { config: { 'max.message.bytes': 2097152 } },
          g: { kafka: { 'max.partition.fetch.bytes': 2097152 } },
        },
      },
    },
  ],
});
