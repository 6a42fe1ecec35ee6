import { incoming, msToDuration, nodeById, outgoing, type Design, type DesignNode, type NodeKind } from '../design';
import { CONNECT_DEFAULTS } from './kafka-connect/connector-defaults';
import { resolveDesign } from './resolve';
import type { ResolvedDesign, ResolvedNodeOfKind } from './resolved-design';

/** One summary per kind; a kind left out does not compile. */
const SUMMARIES: { readonly [K in NodeKind]: (design: ResolvedDesign, node: ResolvedNodeOfKind<K>) => string[] } = {
  producer: (design, node) => {
    const targets = new Set(outgoing(design, node.id, 'publish').map((c) => nodeById(design, c.to)?.kind));
    const facts: string[] = [];
    if (targets.has('kafka-topic') || targets.size === 0) facts.push(`acks=${node.kafka.acks}${node.kafka['enable.idempotence'] ? ' · idempotent' : ''}`);
    if (targets.has('rabbitmq-exchange') || targets.has('rabbitmq-queue')) facts.push(`confirms ${node.rabbitmq.confirms ? 'on' : 'off'}${node.rabbitmq.persistent ? ' · persistent' : ''}`);
    if (targets.has('nats-stream')) facts.push(node.nats.jetstreamPublish ? `JetStream publish${node.nats.msgIdHeader ? ' · msg id' : ''}` : 'core publish');
    facts.push(`${node.instances} × ${formatRate(node.publishRate)}`);
    return facts;
  },
  'kafka-topic': (design, node) => [
    `${node.partitions} × RF ${node.replicationFactor} · min ISR ${node.config['min.insync.replicas']}`,
    `${node.config['cleanup.policy']} · ${node.config['retention.ms'] === -1 ? 'kept forever' : msToDuration(node.config['retention.ms'])}`,
  ],
  'rabbitmq-exchange': (design, node) => [`${node.type}${node.durable ? ' · durable' : ' · transient'}${node.internal ? ' · internal' : ''}`],
  'rabbitmq-queue': (design, node) => {
    const dlx = outgoing(design, node.id, 'dead-letter')[0];
    const dlxName = dlx ? (nodeById(design, dlx.to)?.name ?? dlx.to) : undefined;
    return [`${node.type}${node.durable ? ' · durable' : ' · transient'}`, dlxName ? `DLX → ${dlxName}` : 'no DLX'];
  },
  'nats-stream': (design, node) => [`R${node.num_replicas} · ${node.retention} · ${node.storage}`, node.subjects.length > 0 ? node.subjects.slice(0, 3).join(' ') : 'no subjects'],
  'sqs-queue': (design, node) => {
    const dlq = outgoing(design, node.id, 'dead-letter')[0];
    return [`${node.fifo ? 'FIFO' : 'standard'} · visibility ${msToDuration(node.visibilityTimeout * 1000)}`, dlq ? `DLQ after ${dlq.maxReceiveCount ?? '?'} receives` : 'no DLQ'];
  },
  'artemis-address': (design, node) => {
    const dla = outgoing(design, node.id, 'dead-letter')[0];
    const dlaName = dla ? (nodeById(design, dla.to)?.name ?? dla.to) : undefined;
    const attempts = node.settings['max-delivery-attempts'];
    const deadLettersOf = incoming(design, node.id, 'dead-letter').map((c) => nodeById(design, c.from)?.name ?? c.from);
    return [
      `${node.routingType} · ${node.settings['address-full-policy']} when full`,
      dlaName
        ? `DLA → ${dlaName} after ${attempts === -1 ? '∞' : attempts}`
        : deadLettersOf.length > 0
          ? `dead letters of ${deadLettersOf.slice(0, 2).join(', ')}${deadLettersOf.length > 2 ? ` +${deadLettersOf.length - 2}` : ''}`
          : `no DLA: dropped after ${attempts === -1 ? '∞' : attempts}`,
    ];
  },
  'artemis-queue': (design, node) => {
    const traits = [node.durable ? 'durable' : 'non-durable', node.exclusive ? 'exclusive' : '', node['last-value-key'] ? `last value by ${node['last-value-key']}` : ''];
    return [traits.filter(Boolean).join(' · ')];
  },
  'sns-topic': (design, node) => [`${node.fifo ? 'FIFO' : 'standard'} · ${outgoing(design, node.id).length} subscriptions`],
  'pubsub-topic': (design, node) => {
    const n = outgoing(design, node.id, 'subscription').length;
    return [`${n} subscription${n === 1 ? '' : 's'}${node.messageRetentionDuration ? ` · kept ${msToDuration(node.messageRetentionDuration * 1000)}` : ''}`];
  },
  'pubsub-subscription': (design, node) => pubsubSubscriptionSummary(design, node),
  'pulsar-topic': (design, node) => {
    const shape = node.partitions > 0 ? `${node.partitions} partitions` : 'non-partitioned';
    return [`${node.persistence} · ${shape}`, `${node.tenant}/${node.namespace}`];
  },
  'pulsar-subscription': (design, node) => {
    const dlt = outgoing(design, node.id, 'dead-letter').length > 0 && node.maxRedeliverCount !== undefined;
    return [
      `${node.subscriptionType}${node.ackTimeoutMillis > 0 ? ` · ack timeout ${node.ackTimeoutMillis} ms` : ''}`,
      dlt ? `dead letters after ${node.maxRedeliverCount} redeliveries` : 'no dead letter policy',
    ];
  },
  'servicebus-queue': (design, node) => servicebusReceiverSummary(design, node),
  'servicebus-subscription': (design, node) => servicebusReceiverSummary(design, node),
  'servicebus-topic': (design, node) => {
    const n = outgoing(design, node.id, 'subscription').length;
    return [`${n} subscription${n === 1 ? '' : 's'}${node.requiresDuplicateDetection ? ' · duplicate detection' : ''}${node.enablePartitioning ? ' · partitioned' : ''}`];
  },
  'consumer-group': (design, node) => {
    return [`${node.instances} instance${node.instances === 1 ? '' : 's'} × ${node.concurrency}`, `${node.ackMode} ack${node.idempotent ? ' · idempotent' : ''}`];
  },
  'event-store': (design, node) => [
    `${node.technology} · ${node.streamPerAggregate ? 'stream per aggregate' : 'one stream'}`,
    node.concurrencyCheck === 'expected-version' ? 'expected-version check' : 'no concurrency check',
  ],
  projection: (design, node) => [`${node.targetStore} · ${node.mode}`, `${node.idempotentApply ? 'idempotent' : 'not idempotent'} · rebuild ${node.rebuild === 'none' ? 'no' : node.rebuild}`],
  'connect-source': (design, node) => [connectorClassName(node.connectorClass), `${taskCount(node.config['tasks.max'])}${node.config['exactly.once.support'] === 'required' ? ' · exactly-once' : ''}`],
  'connect-sink': (design, node) => {
    const dlq = outgoing(design, node.id, 'dead-letter')[0];
    const dlqName = dlq ? (nodeById(design, dlq.to)?.name ?? dlq.to) : undefined;
    const errors = dlqName ? `DLQ → ${dlqName}` : node.config['errors.tolerance'] === 'all' ? 'skips bad records' : 'stops on a bad record';
    return [connectorClassName(node.connectorClass), `${taskCount(node.config['tasks.max'])} · ${errors}`];
  },
  'external-system': (design, node) => [node.system],
  'snapshot-policy': (design, node) => [`every ${node.everyEvents} events`, `kept in ${node.storage === 'event-store' ? 'the event store' : 'a separate store'}`],
};

/** What matters about a node at a glance, as short text facts (canvas, SVG export, reports): its effective settings. */
export function nodeSummary(document: Design, { id }: DesignNode): string[] {
  const design = resolveDesign(document);
  const node = nodeById(design, id);
  if (!node) return [];
  return (SUMMARIES[node.kind] as (design: ResolvedDesign, node: ResolvedNodeOfKind<NodeKind>) => string[])(design, node);
}

function pubsubSubscriptionSummary(design: ResolvedDesign, node: ResolvedNodeOfKind<'pubsub-subscription'>): string[] {
  const dlt = outgoing(design, node.id, 'dead-letter')[0];
  const flags = [node.enableMessageOrdering ? 'ordered' : '', node.enableExactlyOnceDelivery ? 'exactly-once' : ''].filter(Boolean).join(' · ');
  return [`${node.deliveryType} · ack ${node.ackDeadlineSeconds}s${flags ? ` · ${flags}` : ''}`, dlt ? `dead letters after ${node.maxDeliveryAttempts ?? 5} attempts` : 'no dead-letter topic'];
}

function servicebusReceiverSummary(design: ResolvedDesign, node: ResolvedNodeOfKind<'servicebus-queue' | 'servicebus-subscription'>): string[] {
  const forward = outgoing(design, node.id, 'dead-letter')[0];
  const dlq = forward ? `dead letters → ${nodeById(design, forward.to)?.name ?? forward.to}` : 'own dead-letter queue';
  return [`lock ${node.lockDurationSeconds}s${node.requiresSession ? ' · sessions' : ''}${node.forwardTo ? ` · → ${node.forwardTo}` : ''}`, `${dlq} after ${node.maxDeliveryCount} deliveries`];
}

/** `io.debezium.connector.postgresql.PostgresConnector` → `PostgresConnector`: the class name says the plugin. */
function connectorClassName(connectorClass: string): string {
  return connectorClass.slice(connectorClass.lastIndexOf('.') + 1);
}

function taskCount(tasksMax: number | undefined): string {
  const n = tasksMax ?? CONNECT_DEFAULTS['tasks.max'].value;
  return `${n} task${n === 1 ? '' : 's'} max`;
}

function formatRate(rate: number): string {
  return rate >= 1000 ? `${Math.round(rate / 100) / 10}k/s` : `${rate}/s`;
}
