import { testRule } from '../rule-tester';
import { messageSchemaVersioned } from './message-schema-versioned';

const schema = { name: 'OrderPlaced', format: 'json-schema', version: '2' };

testRule(messageSchemaVersioned, {
  valid: [
    {
      name: 'a versioned schema on the topic',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't', messageSchema: schema },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
    {
      name: 'an exchange whose bound queues carry the schema',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'ex' },
          { kind: 'rabbitmq-queue', id: 'a', messageSchema: schema },
          { kind: 'rabbitmq-queue', id: 'b', messageSchema: { ...schema, name: 'OrderShipped' } },
        ],
        connections: [
          { from: 'api', to: 'ex' },
          { from: 'ex', to: 'a' },
          { from: 'ex', to: 'b' },
        ],
      },
    },
    {
      name: 'a consumer republishing to a retry exchange',
      design: {
        nodes: [
          { kind: 'consumer-group', id: 'worker' },
          { kind: 'rabbitmq-exchange', id: 'retry-x' },
          { kind: 'rabbitmq-queue', id: 'retry-q', role: 'retry' },
        ],
        connections: [
          { from: 'worker', to: 'retry-x' },
          { from: 'retry-x', to: 'retry-q' },
        ],
      },
    },
    { name: 'a channel nobody publishes to', design: { nodes: [{ kind: 'sqs-queue', id: 'q' }] } },
    {
      name: 'versioned schemas on a Service Bus queue, a Pub/Sub topic and a Pulsar topic (their subscriptions read the topic’s)',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'servicebus-queue', id: 'claims', messageSchema: schema },
          { kind: 'pubsub-topic', id: 'orders', messageSchema: schema },
          { kind: 'pubsub-subscription', id: 'worker' },
          { kind: 'pulsar-topic', id: 'trades', messageSchema: schema },
        ],
        connections: [
          { from: 'api', to: 'claims' },
          { from: 'api', to: 'orders' },
          { from: 'orders', to: 'worker' },
          { from: 'api', to: 'trades' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'no schema on a Service Bus topic or a Pulsar topic',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'servicebus-topic', id: 'claim-events' },
          { kind: 'pulsar-topic', id: 'trades' },
        ],
        connections: [
          { from: 'api', to: 'claim-events' },
          { from: 'api', to: 'trades' },
        ],
      },
      findings: [
        { target: 'claim-events', messageIncludes: 'Service Bus topic "claim-events" receives messages from "api" but declares no message schema' },
        { target: 'trades', messageIncludes: 'Pulsar topic "trades" receives messages from "api" but declares no message schema' },
      ],
    },
    {
      name: 'no schema',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 's' },
        ],
        connections: [{ from: 'api', to: 's' }],
      },
      findings: [{ target: 's', messageIncludes: 'receives messages from "api" but declares no message schema' }],
    },
    {
      name: 'a format without a version, on an SNS topic',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'sns-topic', id: 'events', messageSchema: { format: 'cloudevents' } },
          { kind: 'sqs-queue', id: 'q' },
        ],
        connections: [
          { from: 'api', to: 'events' },
          { from: 'events', to: 'q' },
        ],
      },
      findings: [{ target: 'events', messageIncludes: 'SNS topic "events" declares a cloudevents schema without a version' }],
    },
    {
      name: 'an exchange where only some bound queues carry a schema',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'ex' },
          { kind: 'rabbitmq-queue', id: 'a', messageSchema: schema },
          { kind: 'rabbitmq-queue', id: 'b' },
        ],
        connections: [
          { from: 'api', to: 'ex' },
          { from: 'ex', to: 'a' },
          { from: 'ex', to: 'b' },
        ],
      },
      findings: [{ target: 'ex' }],
    },
  ],
});
