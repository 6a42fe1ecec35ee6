import { describe, expect, it } from 'vitest';
import { makeDesign } from './build-design';
import { connectionFieldsShown, nodeFieldsShown } from './relevant-fields';

describe('fields shown for a node', () => {
  it('shows a Kafka producer only its Kafka settings', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [{ from: 'api', to: 'orders' }],
    });
    expect(nodeFieldsShown(design, 'api')).toEqual({ hidden: ['rabbitmq', 'nats', 'sqs', 'pubsub', 'artemis'], unconnected: false });
  });

  it('shows an Artemis producer only its Artemis settings (JMSXGroupID)', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders' },
      ],
      connections: [{ from: 'api', to: 'orders' }],
    });
    expect(nodeFieldsShown(design, 'api')).toEqual({ hidden: ['kafka', 'rabbitmq', 'nats', 'sqs', 'pubsub'], unconnected: false });
  });

  it('shows a consumer of a RabbitMQ queue and a NATS stream both, and its prefetch', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'jobs' },
        { kind: 'nats-stream', id: 'events' },
        { kind: 'consumer-group', id: 'worker' },
      ],
      connections: [
        { from: 'jobs', to: 'worker' },
        { from: 'events', to: 'worker' },
      ],
    });
    expect(nodeFieldsShown(design, 'worker')).toEqual({ hidden: ['kafka', 'lambdaTimeoutSeconds'], unconnected: false });
  });

  it('counts a dead-letter target as a broker the consumer talks to', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'sqs-queue', id: 'in' },
        { kind: 'consumer-group', id: 'c' },
        { kind: 'kafka-topic', id: 'dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'in', to: 'c' },
        { from: 'c', to: 'dlq', kind: 'dead-letter' },
      ],
    });
    expect(nodeFieldsShown(design, 'c').hidden).toEqual(['rabbitmq', 'prefetch', 'nats']);
  });

  it('shows an unconnected service everything, and says so', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'event-store', id: 'store' },
      ],
      connections: [{ from: 'api', to: 'store' }],
    });
    expect(nodeFieldsShown(design, 'api')).toEqual({ hidden: [], unconnected: true });
  });

  it('hides nothing of a channel, or of a node that is not there', () => {
    const design = makeDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders' }] });
    expect(nodeFieldsShown(design, 'orders')).toEqual({ hidden: [], unconnected: false });
    expect(nodeFieldsShown(design, 'missing')).toEqual({ hidden: [], unconnected: false });
  });
});

describe('fields shown for a connection', () => {
  it('offers no routing key or subject between Kafka nodes', () => {
    expect(connectionFieldsShown({ kind: 'publish' }, 'producer', 'kafka-topic')).toEqual(['notes']);
    expect(connectionFieldsShown({ kind: 'consume' }, 'kafka-topic', 'consumer-group')).toEqual(['notes']);
  });

  it('offers routing to RabbitMQ and subjects to NATS', () => {
    expect(connectionFieldsShown({ kind: 'publish' }, 'producer', 'rabbitmq-exchange')).toEqual(['routingKey', 'routingKeys', 'arguments', 'notes']);
    expect(connectionFieldsShown({ kind: 'publish' }, 'producer', 'nats-stream')).toEqual(['subject', 'subjects', 'notes']);
    expect(connectionFieldsShown({ kind: 'bind' }, 'rabbitmq-exchange', 'rabbitmq-queue')).toEqual(['routingKey', 'routingKeys', 'arguments', 'notes']);
    expect(connectionFieldsShown({ kind: 'consume' }, 'nats-stream', 'consumer-group')).toEqual(['advisory', 'notes']);
    expect(connectionFieldsShown({ kind: 'consume' }, 'sns-topic', 'consumer-group')).toEqual(['protocol', 'notes']);
  });

  it('offers each dead-letter path its own setting', () => {
    expect(connectionFieldsShown({ kind: 'dead-letter' }, 'rabbitmq-queue', 'rabbitmq-exchange')).toEqual(['routingKey', 'notes']);
    expect(connectionFieldsShown({ kind: 'dead-letter' }, 'sqs-queue', 'sqs-queue')).toEqual(['maxReceiveCount', 'notes']);
    expect(connectionFieldsShown({ kind: 'dead-letter' }, 'consumer-group', 'kafka-topic')).toEqual(['notes']);
  });

  it('offers notes where an end is unknown', () => {
    expect(connectionFieldsShown({ kind: 'publish' }, undefined, undefined)).toEqual(['notes']);
  });
});

describe('Pub/Sub subscription delivery settings', () => {
  it('shows only the settings of the subscription’s delivery type', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'pubsub-subscription', id: 'pull-sub' },
        { kind: 'pubsub-subscription', id: 'push-sub', deliveryType: 'push' },
        { kind: 'pubsub-subscription', id: 'bq-sub', deliveryType: 'bigquery' },
      ],
    });
    expect(nodeFieldsShown(design, 'pull-sub').hidden).toEqual(['pushConfig', 'bigqueryConfig', 'cloudStorageConfig']);
    expect(nodeFieldsShown(design, 'push-sub').hidden).toEqual(['bigqueryConfig', 'cloudStorageConfig']);
    expect(nodeFieldsShown(design, 'bq-sub').hidden).toEqual(['pushConfig', 'cloudStorageConfig']);
  });

  it('keeps the SNS subscription fields off a Pub/Sub topic’s subscription connection', () => {
    expect(connectionFieldsShown({ kind: 'subscription' }, 'pubsub-topic', 'pubsub-subscription')).toEqual(['notes']);
    expect(connectionFieldsShown({ kind: 'subscription' }, 'sns-topic', 'sqs-queue')).toContain('filterPolicy');
  });
});
