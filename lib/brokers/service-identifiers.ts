import { identifierFromName } from '../design/ids';
import type { ResolvedConsumerGroup, ResolvedProducer } from './services/resolve';

/**
 * What a service is called on the broker: Kafka's group.id and client.id, a
 * JetStream durable name. They come from the node's name, never from its id:
 * a group renamed "Payment" is `Payment` on the broker whatever id the design
 * gave it (lib/design/node-id.ts); a name a broker tool would trip on
 * (spaces, quotes) ships as its slug (`Order API` → `order-api`), the form
 * ACLs, JMX names and shells take as is. An explicit `groupId` wins, as written.
 * Rules, exporters and the brief all ask here, so they never disagree.
 */

/** Kafka group.id: the set `groupId`, else the name as an identifier. */
export function kafkaGroupId(node: ResolvedConsumerGroup): string {
  return node.groupId || identifierFromName(node.name);
}

/** Kafka client.id (and the principal a tool makes up for a service): the name as an identifier. */
export function kafkaClientId(node: ResolvedProducer | ResolvedConsumerGroup): string {
  return identifierFromName(node.name);
}

/**
 * A JetStream durable consumer name: the set `groupId` as written (so a wrong
 * one is refused by the exporter, not silently changed), else the name as an
 * identifier with "." (a subject separator, refused in names) as "-". Two
 * groups with one durable name are one consumer.
 */
export function natsDurableName(group: ResolvedConsumerGroup): string {
  if (group.groupId) return group.groupId;
  return identifierFromName(group.name).replace(/\./g, '-');
}
