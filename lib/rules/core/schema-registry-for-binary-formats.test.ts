import { testRule } from '../rule-tester';
import { schemaRegistryForBinaryFormats } from './schema-registry-for-binary-formats';

testRule(schemaRegistryForBinaryFormats, {
  valid: [
    { name: 'Avro with a registry', design: { nodes: [{ kind: 'kafka-topic', id: 't', messageSchema: { format: 'avro', version: '1', registry: true } }] } },
    { name: 'JSON Schema without a registry', design: { nodes: [{ kind: 'sqs-queue', id: 'q', messageSchema: { format: 'json-schema', version: '1' } }] } },
    { name: 'no schema (another rule)', design: { nodes: [{ kind: 'nats-stream', id: 's' }] } },
  ],
  invalid: [
    {
      name: 'Protobuf on a stream and Avro on an exchange, without a registry',
      design: {
        nodes: [
          { kind: 'nats-stream', id: 's', messageSchema: { name: 'Reading', format: 'protobuf', version: '4' } },
          { kind: 'rabbitmq-exchange', id: 'ex', messageSchema: { format: 'avro', version: '1' } },
        ],
      },
      findings: [
        { target: 'ex', messageIncludes: 'RabbitMQ exchange "ex" carries Avro messages' },
        { target: 's', messageIncludes: 'field numbers' },
      ],
      output: { nodes: { s: { messageSchema: { registry: true, format: 'protobuf', version: '4', name: 'Reading' } }, ex: { messageSchema: { registry: true } } } },
    },
    {
      name: 'Avro on a Service Bus queue and Protobuf on a Pulsar topic, without a registry',
      design: {
        nodes: [
          { kind: 'servicebus-queue', id: 'claims', messageSchema: { name: 'Claim', format: 'avro', version: '1' } },
          { kind: 'pulsar-topic', id: 'trades', messageSchema: { name: 'Trade', format: 'protobuf', version: '2' } },
        ],
      },
      findings: [
        { target: 'claims', messageIncludes: 'Service Bus queue "claims" carries Avro messages' },
        { target: 'trades', messageIncludes: 'Pulsar topic "trades" carries Protobuf messages' },
      ],
      output: { nodes: { claims: { messageSchema: { registry: true } }, trades: { messageSchema: { registry: true } } } },
    },
  ],
});
