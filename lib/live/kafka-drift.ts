import type { Difference } from './drift';
import type { KafkaDesired } from './kafka-desired';
import type { KafkaClusterState } from './kafka-cluster-state';

/**
 * The differences between what a design asks of a Kafka cluster and what the
 * cluster runs. Only what the design sets is compared; a config the design
 * leaves unset differs only when the topic itself overrides it (the design
 * leaves it to the cluster, the topic does not). Groups the design does not
 * draw are reported (consumers nobody documented); groups the design draws
 * but the cluster does not run are not differences, since a group exists only
 * while its consumers do.
 */

/** Values Kafka spells in more than one way, made comparable (lists are sets; `compact,delete` = `delete,compact`). */
export function sameKafkaValue(key: string, a: string, b: string): boolean {
  if (a === b) return true;
  if (key === 'cleanup.policy')
    return (
      a
        .split(',')
        .map((s) => s.trim())
        .sort()
        .join(',') ===
      b
        .split(',')
        .map((s) => s.trim())
        .sort()
        .join(',')
    );
  return false;
}

/** Only resources whose name starts with `prefix` are audited (a team's own part of a shared cluster). */
export interface AuditScope {
  prefix?: string;
}

export function inScope(name: string, scope: AuditScope): boolean {
  return scope.prefix === undefined || name.startsWith(scope.prefix);
}

export function kafkaDrift(desired: KafkaDesired, state: KafkaClusterState, scope: AuditScope = {}): Difference[] {
  const out: Difference[] = [];
  const live = new Map(state.topics.map((t) => [t.name, t]));
  const wanted = new Set(desired.topics.map((t) => t.name));
  for (const spec of desired.topics) {
    const resource = { type: 'topic' as const, name: spec.name };
    const topic = live.get(spec.name);
    if (!topic) {
      out.push({ kind: 'only-in-design', resource });
      continue;
    }
    if (spec.partitions !== undefined && spec.partitions !== topic.partitions) {
      out.push({ kind: 'differs', resource, setting: 'partitions', design: String(spec.partitions), live: String(topic.partitions), source: 'set on the topic' });
    }
    if (spec.replicationFactor !== undefined && spec.replicationFactor !== topic.replicationFactor) {
      out.push({ kind: 'differs', resource, setting: 'replication factor', design: String(spec.replicationFactor), live: String(topic.replicationFactor), source: 'set on the topic' });
    }
    const keys = new Set([
      ...Object.keys(spec.configs),
      ...Object.entries(topic.configs)
        .filter(([, c]) => c.source === 'set on the topic')
        .map(([k]) => k),
    ]);
    for (const key of [...keys].sort()) {
      const want = spec.configs[key];
      const have = topic.configs[key];
      if (want !== undefined && have !== undefined && sameKafkaValue(key, want, have.value)) continue;
      out.push({ kind: 'differs', resource, setting: key, ...(want !== undefined ? { design: want } : {}), ...(have ? { live: have.value, source: have.source } : {}) });
    }
  }
  for (const topic of state.topics) {
    if (!wanted.has(topic.name) && inScope(topic.name, scope))
      out.push({ kind: 'only-in-cluster', resource: { type: 'topic', name: topic.name }, live: `${topic.partitions} partitions, replication factor ${topic.replicationFactor}` });
  }
  const drawn = new Set(desired.groups);
  for (const group of state.groups) {
    if (drawn.has(group.groupId) || !inScope(group.groupId, scope)) continue;
    const topics = [...new Set(group.members.flatMap((m) => m.topics))].sort();
    out.push({
      kind: 'only-in-cluster',
      resource: { type: 'group', name: group.groupId },
      live: `${group.protocol} protocol, ${group.state}, ${group.members.length} member${group.members.length === 1 ? '' : 's'}${topics.length > 0 ? ` reading ${topics.join(', ')}` : ''}`,
    });
  }
  return out;
}
