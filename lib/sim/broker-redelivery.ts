import type { Family } from './network-types';
import { SIM_BROKERS } from './sim-brokers';

/**
 * Who redelivers what a consumer failed on, per family, read by the engine
 * on every failure: each broker's `redelivery` (sim-brokers.ts) in tables
 * made once. Where the broker redelivers (JetStream, SQS, Artemis, Pub/Sub,
 * Pulsar, Service Bus), it counts deliveries until the station's
 * maxDeliveries, then its redrive; Kafka and RabbitMQ consumers retry in
 * process first.
 */
const REDELIVERY = Object.fromEntries(Object.entries(SIM_BROKERS).map(([family, broker]) => [family, broker.redelivery])) as Record<Family, (typeof SIM_BROKERS)[Family]['redelivery']>;
const BROKER_REDELIVERS = Object.fromEntries(Object.entries(REDELIVERY).map(([family, r]) => [family, r.by === 'broker'])) as Record<Family, boolean>;

export function brokerRedelivers(family: Family): boolean {
  return BROKER_REDELIVERS[family];
}

/** Why a message left its station after its last delivery, in the words of the broker's setting. */
export function gaveUpReason(family: Family): string {
  const redelivery = REDELIVERY[family];
  return redelivery.by === 'broker' ? redelivery.gaveUpReason : 'failed every receive';
}

/** Whether what a crashed consumer held comes back only when its ack wait, visibility timeout, ack deadline or lock expires. */
export function redeliveredOnTimerAfterCrash(family: Family): boolean {
  const redelivery = REDELIVERY[family];
  return redelivery.by === 'broker' && redelivery.afterCrash === 'on-timer';
}
