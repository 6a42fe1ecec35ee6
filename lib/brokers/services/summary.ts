import { nodeById, outgoing, type GraphDesign } from '../../design';
import type { ResolvedConsumerGroup, ResolvedProducer } from './resolve';

/** What matters about a service at a glance (node-summary.ts): the client settings of the brokers it publishes to, and its scale. */
export const SERVICE_SUMMARIES = {
  producer: (design: GraphDesign, node: ResolvedProducer) => {
    const targets = new Set(outgoing(design, node.id, 'publish').map((c) => nodeById(design, c.to)?.kind));
    const facts: string[] = [];
    if (targets.has('kafka-topic') || targets.size === 0) facts.push(`acks=${node.kafka.acks}${node.kafka['enable.idempotence'] ? ' · idempotent' : ''}`);
    if (targets.has('rabbitmq-exchange') || targets.has('rabbitmq-queue')) facts.push(`confirms ${node.rabbitmq.confirms ? 'on' : 'off'}${node.rabbitmq.persistent ? ' · persistent' : ''}`);
    if (targets.has('nats-stream')) facts.push(node.nats.jetstreamPublish ? `JetStream publish${node.nats.msgIdHeader ? ' · msg id' : ''}` : 'core publish');
    facts.push(`${node.instances} × ${formatRate(node.publishRate)}`);
    return facts;
  },
  'consumer-group': (design: GraphDesign, node: ResolvedConsumerGroup) => {
    return [`${node.instances} instance${node.instances === 1 ? '' : 's'} × ${node.concurrency}`, `${node.ackMode} ack${node.idempotent ? ' · idempotent' : ''}`];
  },
};

function formatRate(rate: number): string {
  return rate >= 1000 ? `${Math.round(rate / 100) / 10}k/s` : `${rate}/s`;
}
