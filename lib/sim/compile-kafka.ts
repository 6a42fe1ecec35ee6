import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import { addStation, baseStation, consumerOf, consumersOf, threadsOf, US, type CompileContext } from './compile-context';
import { defineSimBroker } from './sim-broker';

/** Kafka: a station per consumer group, one lane per thread. */
function addKafkaStations(ctx: CompileContext, topic: ResolvedKafkaTopic): void {
  for (const group of consumersOf(ctx, topic.id)) {
    const g = consumerOf(ctx, group);
    const station = baseStation(ctx, topic, 'kafka', [g]);
    const threads = threadsOf(ctx, [g]);
    // One thread per partition, in order; a consumer that hands records to a pool works on more at once, out of order.
    const n = group.asyncProcessing ? threads.serverConsumer.length : Math.min(topic.partitions, threads.serverConsumer.length);
    station.serverConsumer = threads.serverConsumer.slice(0, n);
    station.serverInstance = threads.serverInstance.slice(0, n);
    station.laned = !group.asyncProcessing;
    const retention = topic.config['retention.ms'];
    station.expiryUs = retention >= 0 && topic.config['cleanup.policy'] === 'delete' ? retention * US : Infinity;
    station.replicas = topic.replicationFactor;
    addStation(ctx, station);
  }
}

/** Kafka (and Redpanda): every group reads every record; its consumers retry in process. */
export const kafkaSim = defineSimBroker({
  stations: { 'kafka-topic': addKafkaStations },
  publishTargets: { 'kafka-topic': (ctx, topic) => ctx.stationsOfChannel.get(topic.id) ?? [] },
  redelivery: { by: 'consumer' },
  dropsUnroutedQuietly: false,
});
