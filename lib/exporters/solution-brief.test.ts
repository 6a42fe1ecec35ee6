import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TEMPLATES } from '../families';
import { templateDesign } from '../templates';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { solutionBrief, solutionBriefJsonExporter, solutionBriefYamlExporter } from './solution-brief';

const template = (id: string) => templateDesign(TEMPLATES.find((t) => t.id === id)!);

describe('solution brief', () => {
  it('summarises the order pipeline: technology, topology, schemas, consumer config', () => {
    const brief = solutionBrief(template('order-processing-kafka'));
    expect(brief).toMatchObject({
      technology: { brokers: ['Apache Kafka'] },
      topology: expect.arrayContaining([expect.objectContaining({ name: 'orders.placed', type: 'kafka-topic', partitions: 12, replicationFactor: 3, minInsyncReplicas: 2, retentionMs: 604_800_000 })]),
      messageSchemas: expect.arrayContaining([expect.objectContaining({ channel: 'orders.placed', name: 'OrderPlaced', format: 'avro', version: '1', registry: true })]),
    });
    const consumers = brief.consumers as Array<Record<string, unknown>>;
    expect(consumers.find((c) => c.name === 'payment-service')).toMatchObject({
      groupId: 'payment-service',
      instances: 3,
      concurrency: 1,
      consumes: ['orders.validated'],
      publishes: ['orders.payment-processed'],
      errorHandling: { maxRetries: 3, backoff: ['1s', '10s', '60s'], deadLetter: ['orders.dlq'], idempotent: true },
    });
    expect(brief.request).toMatchObject({ throughput: 2000, ordering: 'per-key', delivery: 'at-least-once', producers: ['order-service'] });
  });

  it('lists RabbitMQ queues with their bindings and replication', () => {
    const topology = solutionBrief(template('rabbitmq-topic-logs')).topology as Array<Record<string, unknown>>;
    expect(topology.find((t) => t.name === 'logs.errors')).toMatchObject({ queueType: 'quorum', replication: 3, bindings: [{ exchange: 'logs', key: '#.error' }] });
  });

  it('writes the same data as JSON and YAML, whatever the names', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const json = solutionBriefJsonExporter.export(design);
        const yaml = solutionBriefYamlExporter.export(design);
        if (!json.ok || !yaml.ok) throw new Error('export failed');
        expect(parse(yaml.files[0].content)).toEqual(JSON.parse(json.files[0].content));
      }),
      { numRuns: 60 },
    );
  });
});
