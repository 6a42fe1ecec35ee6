import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kafkaConsumerConfigSchema } from '../design/kinds/consumer-group';
import { kafkaTopicConfigSchema } from '../design/kinds/kafka-topic';
import { kafkaProducerConfigSchema } from '../design/kinds/producer';
import { exporterById } from '../families';
import { kafkaClientErrors, kafkaTopicErrors } from './kafka-common';
import {
  consumerCrossProblems,
  CONSUMER_CONFIG_DOMAIN,
  domainProblem,
  keyValueProblem,
  producerCrossProblems,
  PRODUCER_CONFIG_DOMAIN,
  topicCrossProblems,
  TOPIC_CONFIG_DOMAIN,
  TOPIC_CREATE_DOMAIN,
} from './kafka-config-domain';
import { kafkaDesignArb } from '../testing/exports/arbitraries';
import { extractKafka, KAFKA_EXPORTER_IDS } from '../testing/exports/extract-kafka';

describe('Kafka config value domains', () => {
  it('knows every Kafka setting a design can hold', () => {
    for (const key of Object.keys(kafkaTopicConfigSchema.shape)) expect(TOPIC_CONFIG_DOMAIN, key).toHaveProperty([key]);
    for (const key of Object.keys(kafkaProducerConfigSchema.shape)) expect(PRODUCER_CONFIG_DOMAIN, key).toHaveProperty([key]);
    for (const key of Object.keys(kafkaConsumerConfigSchema.shape)) expect(CONSUMER_CONFIG_DOMAIN, key).toHaveProperty([key]);
  });

  it('checks ranges, enums, booleans and lists as the catalog says', () => {
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['retention.ms'], -1)).toBeUndefined();
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['retention.ms'], -2)).toMatch(/minimum/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['segment.bytes'], 1_048_575)).toMatch(/minimum/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['segment.bytes'], 2 ** 31)).toMatch(/maximum/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['cleanup.policy'], 'compact,delete')).toBeUndefined();
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['cleanup.policy'], 'delete,delete')).toMatch(/repeats/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['cleanup.policy'], 'archive')).toMatch(/not one of/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['compression.type'], 'none')).toMatch(/not one of/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['compression.gzip.level'], -1)).toBeUndefined();
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['compression.gzip.level'], 0)).toMatch(/minimum/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['min.cleanable.dirty.ratio'], '0.5')).toBeUndefined();
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['min.cleanable.dirty.ratio'], 1.5)).toMatch(/maximum/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN.preallocate, 'yes')).toMatch(/true or false/);
    expect(domainProblem(TOPIC_CONFIG_DOMAIN['follower.replication.throttled.replicas'], '1:3,4:5')).toBeUndefined();
    expect(domainProblem(TOPIC_CREATE_DOMAIN['replication-factor'], 32_768)).toMatch(/maximum/);
    expect(domainProblem(PRODUCER_CONFIG_DOMAIN.acks, 'all')).toBeUndefined();
    expect(domainProblem(PRODUCER_CONFIG_DOMAIN.acks, '2')).toMatch(/not one of/);
    expect(domainProblem(PRODUCER_CONFIG_DOMAIN['compression.type'], 'producer')).toMatch(/not one of/);
    expect(domainProblem(CONSUMER_CONFIG_DOMAIN['session.timeout.ms'], 5999)).toMatch(/minimum/);
    expect(domainProblem(CONSUMER_CONFIG_DOMAIN['partition.assignment.strategy'], 'org.apache.kafka.clients.consumer.RangeAssignor')).toBeUndefined();
    expect(domainProblem(CONSUMER_CONFIG_DOMAIN['partition.assignment.strategy'], 'range')).toMatch(/Java class/);
    expect(domainProblem(CONSUMER_CONFIG_DOMAIN['bootstrap.servers'], 'localhost:9092,[::1]:9093')).toBeUndefined();
    expect(keyValueProblem(TOPIC_CONFIG_DOMAIN, 'message.format.version', '3.0')).toMatch(/not a configuration/);
  });

  it('finds the cross-key constraints Kafka enforces', () => {
    expect(topicCrossProblems({ 'min.compaction.lag.ms': 10, 'max.compaction.lag.ms': 5 }, 3)).toHaveLength(1);
    expect(topicCrossProblems({ 'local.retention.ms': 10 }, 3)).toEqual(['local.retention.* needs remote.storage.enable to be set']);
    expect(topicCrossProblems({ 'remote.storage.enable': true, 'cleanup.policy': 'compact' }, 3)).toHaveLength(1);
    expect(topicCrossProblems({}, 3, 1)).toEqual(['replication factor 3 is more than the 1 broker of its cluster']);
    expect(producerCrossProblems({ 'enable.idempotence': true, acks: '1' })).toHaveLength(1);
    expect(producerCrossProblems({ 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 6 })).toHaveLength(1);
    expect(producerCrossProblems({ 'enable.idempotence': false, 'transactional.id': 'tx' })).toHaveLength(1);
    expect(producerCrossProblems({ 'delivery.timeout.ms': 1000, 'request.timeout.ms': 30_000 })).toHaveLength(1);
    expect(producerCrossProblems({ 'enable.idempotence': true, acks: 'all', 'max.in.flight.requests.per.connection': 5 })).toEqual([]);
    expect(consumerCrossProblems({ 'group.protocol': 'consumer', 'session.timeout.ms': 45_000 })).toHaveLength(1);
    expect(consumerCrossProblems({ 'session.timeout.ms': 10_000, 'heartbeat.interval.ms': 10_000 })).toHaveLength(1);
    expect(consumerCrossProblems({ 'group.remote.assignor': 'uniform' })).toHaveLength(1);
  });
});

describe('every Kafka setting each Kafka exporter writes is in its domain', () => {
  it('holds for generated designs (or the export is refused, naming nodes)', async () => {
    const exporters = KAFKA_EXPORTER_IDS.map((id) => exporterById(id)!);
    let exported = 0;
    await fc.assert(
      fc.asyncProperty(kafkaDesignArb(), async (design) => {
        const designOk = kafkaTopicErrors(design).length === 0 && kafkaClientErrors(design).length === 0;
        for (const exporter of exporters) {
          const result = exporter.export(design);
          if (!result.ok) {
            for (const error of result.errors) {
              if (error.nodeId !== undefined)
                expect(
                  design.nodes.some((n) => n.id === error.nodeId),
                  error.message,
                ).toBe(true);
            }
            // Refusals come only from real problems (a client export may also have no clients to write).
            if (designOk && exporter.id !== 'kafka-client-properties') throw new Error(`${exporter.id} refused a valid design: ${result.errors[0].message}`);
            continue;
          }
          exported++;
          const emitted = await extractKafka(exporter.id, result.files);
          for (const topic of emitted.topics) {
            for (const [key, value] of Object.entries(topic.config)) {
              expect(keyValueProblem(TOPIC_CONFIG_DOMAIN, key, value), `${exporter.id}: ${topic.where}`).toBeUndefined();
            }
            if (topic.partitions !== undefined) expect(domainProblem(TOPIC_CREATE_DOMAIN.partitions, topic.partitions), topic.where).toBeUndefined();
            if (topic.replicationFactor !== undefined) {
              expect(domainProblem(TOPIC_CREATE_DOMAIN['replication-factor'], topic.replicationFactor), topic.where).toBeUndefined();
            }
            const node = design.nodes.find((n) => n.kind === 'kafka-topic' && n.name === topic.name);
            expect(node, `${exporter.id} wrote a topic the design does not have: ${topic.name}`).toBeDefined();
            expect(topicCrossProblems(topic.config, Number(topic.replicationFactor ?? 1)), topic.where).toEqual([]);
          }
          for (const client of emitted.clients) {
            const domains = client.role === 'producer' ? PRODUCER_CONFIG_DOMAIN : CONSUMER_CONFIG_DOMAIN;
            for (const [key, value] of Object.entries(client.config)) {
              expect(keyValueProblem(domains, key, value), `${exporter.id}: ${client.where}`).toBeUndefined();
            }
            const cross = client.role === 'producer' ? producerCrossProblems(client.config) : consumerCrossProblems(client.config);
            expect(cross, client.where).toEqual([]);
          }
        }
      }),
      { numRuns: 100 },
    );
    // Both paths ran: many designs exported (and the rest were refused).
    expect(exported).toBeGreaterThan(100);
  }, 60_000);
});
