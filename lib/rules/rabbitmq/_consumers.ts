import { nodesOfKind, type Design } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedRabbitmqQueue } from '../../brokers/rabbitmq/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { queuesConsumedBy } from './_queues';

/** A consumer group with the RabbitMQ queues it consumes. */
export interface RabbitConsumer {
  group: ResolvedConsumerGroup;
  queues: ResolvedRabbitmqQueue[];
}

const cache = new WeakMap<Design, RabbitConsumer[]>();

/** Consumer groups that consume at least one RabbitMQ queue (computed once per design: many rules ask). */
export function rabbitConsumers(design: ResolvedDesign): RabbitConsumer[] {
  let result = cache.get(design);
  if (!result) {
    result = nodesOfKind(design, 'consumer-group')
      .map((group) => ({ group, queues: queuesConsumedBy(design, group.id) }))
      .filter((c) => c.queues.length > 0);
    cache.set(design, result);
  }
  return result;
}

/** Names for a message: `"a", "b"` (the template supplies the outer quotes). */
export function queueNames(queues: readonly { name: string }[]): string {
  return queues.map((q) => q.name).join('", "');
}
