import type { ProducerNode } from '../../design';

/**
 * The transactional.id each instance of a producer runs with. Kafka fences a
 * producer as soon as another one initialises transactions with the same id,
 * so one id cannot serve several instances: a producer with `instances: 1`
 * uses its transactional.id as it is, and one with N instances gives instance
 * n (0 to N-1) the id `<transactional.id>-<n>`. The Kafka client export writes
 * one properties file per instance with that id, and the ACL exports grant the
 * `<transactional.id>-` prefix. Keep an instance's number stable across
 * restarts (a StatefulSet ordinal, for example), so a restarted instance fences
 * its own zombie and finishes or aborts its open transaction.
 */
export function instanceTransactionalIds(producer: Pick<ProducerNode, 'kafka' | 'instances'>): string[] {
  const id = producer.kafka['transactional.id'];
  if (id === undefined) return [];
  if (producer.instances === 1) return [id];
  return Array.from({ length: producer.instances }, (_, n) => `${id}-${n}`);
}

/** The transactional-id resource an ACL must allow: the id itself for one instance, the `<id>-` prefix for several. */
export function transactionalIdResource(producer: Pick<ProducerNode, 'kafka' | 'instances'>): { name: string; patternType: 'literal' | 'prefix' } | undefined {
  const id = producer.kafka['transactional.id'];
  if (id === undefined) return undefined;
  return producer.instances === 1 ? { name: id, patternType: 'literal' } : { name: `${id}-`, patternType: 'prefix' };
}
