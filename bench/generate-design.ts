import { addNode, connect, emptyDesign, type Design, type NodeKind } from '../lib/design';
import { layeredLayout } from '../lib/layout/layered-layout';

/**
 * A realistic design of about `size` nodes for benchmarks: repeated pipelines
 * on every broker (producer → channel → consumer group, dead letters, routing),
 * with names like real ones and some deliberate flaws so rules have work to do.
 */
export function generateDesign(size: number): Design {
  let design = emptyDesign(`Generated ${size}`);
  const add = (kind: NodeKind, name: string, props: Record<string, unknown> = {}) => {
    const added = addNode(design, kind, { name, props });
    design = added.design;
    return added.id;
  };
  const link = (from: string, to: string, props: Record<string, unknown> = {}) => {
    const result = connect(design, from, to, undefined, props);
    if (result.ok) design = result.design;
  };
  const domains = ['orders', 'payments', 'shipping', 'inventory', 'customers', 'invoices', 'returns', 'pricing', 'search', 'audit'];
  for (let i = 0; design.nodes.length < size; i++) {
    const domain = `${domains[i % domains.length]}${i >= domains.length ? `-${Math.floor(i / domains.length)}` : ''}`;
    switch (i % 4) {
      case 0: {
        const producer = add('producer', `${domain}-service`, { kafka: { acks: i % 8 === 0 ? '1' : 'all', 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5 } });
        const topic = add('kafka-topic', `${domain}.events`, { partitions: 12, replicationFactor: i % 12 === 0 ? 1 : 3 });
        const dlq = add('kafka-topic', `${domain}.events.dlq`, { role: 'dead-letter', partitions: 3 });
        const group = add('consumer-group', `${domain}-projector`, { instances: i % 10 === 0 ? 16 : 3, idempotent: i % 3 !== 0, lagAlert: true });
        link(producer, topic);
        link(topic, group);
        link(group, dlq);
        break;
      }
      case 1: {
        const producer = add('producer', `${domain}-api`);
        const exchange = add('rabbitmq-exchange', `${domain}.commands`, { type: 'topic' });
        const queue = add('rabbitmq-queue', `${domain}.work`, { type: 'quorum' });
        const dlx = add('rabbitmq-exchange', `${domain}.dlx`, { type: 'fanout' });
        const dlq = add('rabbitmq-queue', `${domain}.dlq`, { role: 'dead-letter', depthAlert: true });
        const worker = add('consumer-group', `${domain}-worker`, { instances: 2 });
        link(producer, exchange, { routingKey: `${domain}.created` });
        link(exchange, queue, { routingKey: `${domain}.*` });
        link(queue, worker);
        link(queue, dlx);
        link(dlx, dlq);
        break;
      }
      case 2: {
        const producer = add('producer', `${domain}-sensor`);
        const stream = add('nats-stream', `${domain.toUpperCase()}_STREAM`, { subjects: [`${domain}.>`], retention: i % 3 === 0 ? 'workqueue' : 'limits', max_age: '7d' });
        const group = add('consumer-group', `${domain}-processor`);
        link(producer, stream, { subject: `${domain}.reading` });
        link(stream, group);
        break;
      }
      default: {
        const producer = add('producer', `${domain}-publisher`);
        const topic = add('sns-topic', `${domain}-fanout`);
        const queue = add('sqs-queue', `${domain}-inbox`, { visibilityTimeout: 60 });
        const dlq = add('sqs-queue', `${domain}-inbox-dlq`, { role: 'dead-letter', messageRetentionPeriod: 1209600 });
        const consumer = add('consumer-group', `${domain}-lambda`);
        link(producer, topic);
        link(topic, queue, { queuePolicyAllowsTopic: true });
        link(queue, dlq, { maxReceiveCount: 5 });
        link(queue, consumer);
      }
    }
  }
  return { ...design, layout: layeredLayout(design) };
}
