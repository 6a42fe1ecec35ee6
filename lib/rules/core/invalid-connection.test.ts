import { testRule } from '../rule-tester';
import { invalidConnection } from './invalid-connection';

testRule(invalidConnection, {
  valid: [
    {
      name: 'the kinds each pair allows, and two bindings with different keys',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'ex' },
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'consumer-group', id: 'svc' },
        ],
        connections: [
          { from: 'api', to: 'ex' },
          { from: 'ex', to: 'q', routingKey: 'a' },
          { from: 'ex', to: 'q', routingKey: 'b' },
          { from: 'q', to: 'svc' },
        ],
      },
    },
    { name: "a dangling connection is another rule's", design: { nodes: [{ kind: 'producer', id: 'api' }], connections: [{ from: 'api', to: 'gone', kind: 'publish' }] } },
  ],
  invalid: [
    {
      name: 'a topic that "publishes" to a topic',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'a' },
          { kind: 'kafka-topic', id: 'b' },
        ],
        connections: [{ id: 'x', from: 'a', to: 'b', kind: 'publish' }],
      },
      findings: [{ target: 'x', messageIncludes: 'cannot connect to a Kafka topic' }],
      output: { design: { connections: [] } },
    },
    {
      name: 'a kind the pair does not allow',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ id: 'x', from: 'api', to: 't', kind: 'bind' }],
      },
      findings: [{ target: 'x', messageIncludes: 'cannot bind to' }],
      output: { design: { connections: [] } },
    },
    {
      name: 'a queue that dead-letters into itself',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q' }], connections: [{ id: 'x', from: 'q', to: 'q', kind: 'dead-letter' }] },
      findings: [{ target: 'x', messageIncludes: 'to itself' }],
      output: { design: { connections: [] } },
    },
    {
      name: 'the same publish twice',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [
          { id: 'one', from: 'api', to: 't' },
          { id: 'two', from: 'api', to: 't' },
        ],
      },
      findings: [{ target: 'two', messageIncludes: 'repeats connection "one"' }],
      output: { design: { connections: [{ id: 'one' }] } },
    },
  ],
});
