import { describe, expect, it } from 'vitest';
import { clusterFieldsHidden } from './cluster';

describe('the fields of a cluster', () => {
  it("shows RabbitMQ's policies and Kafka's users only on their broker's clusters, unless a value is already there", () => {
    expect(clusterFieldsHidden({ broker: 'rabbitmq' })).toEqual(['principals']);
    expect(clusterFieldsHidden({ broker: 'kafka' })).toEqual(['policies']);
    expect(clusterFieldsHidden({ broker: 'nats' })).toEqual(['policies', 'principals']);
    expect(clusterFieldsHidden({ broker: 'nats', principals: [{ name: 'a' }] })).toEqual(['policies']);
  });
});
