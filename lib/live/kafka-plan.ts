import type { KafkaTopicSpec } from '../exporters/kafka-common';
import { resourceKey, type Blocked, type Operation, type Plan, type Safety } from './drift';
import type { KafkaDesired } from './kafka-desired';
import { inScope, sameKafkaValue, type AuditScope } from './kafka-drift';
import type { KafkaClusterState, LiveTopicState } from './kafka-cluster-state';

/**
 * The ordered operations that make a Kafka cluster match a design, by Kafka's
 * own rules: a topic's partitions can only grow (fewer is a delete and a
 * create, so destructive); a replication-factor change is a partition
 * reassignment, which apply does not do; configs change in place. Deletes
 * (and delete-and-create) are planned only for topics named in `allowDelete`
 * (`topic:<name>`); groups are never deleted (a group ends when its consumers
 * stop). Order: deletes first (a re-created topic needs its name free), then
 * creates, partitions, configs.
 */

export interface PlanOptions {
  /** `topic:<name>` keys of the resources that may be deleted. */
  allowDelete?: ReadonlySet<string>;
  scope?: AuditScope;
}

const RETENTION = new Set(['retention.ms', 'retention.bytes', 'local.retention.ms', 'local.retention.bytes']);

/** -1 is "unlimited" in Kafka's retention settings; -2 (local.*) "as the total". */
function limit(text: string | undefined): number {
  const n = Number(text);
  return text === undefined || !Number.isFinite(n) || n < 0 ? Infinity : n;
}

/** Why changing `key` from `from` to `to` (undefined: back to the cluster's default) disturbs clients or data, if it does. */
function configRisk(key: string, from: string | undefined, to: string | undefined): string | undefined {
  if (RETENTION.has(key)) {
    if (to === undefined) return `${key} goes back to the cluster's default, which may keep records for less time or fewer bytes: older records would be deleted at the next cleanup`;
    if (limit(to) < limit(from)) return `a lower ${key} deletes records past the new limit at the next cleanup`;
    return undefined;
  }
  if (key === 'cleanup.policy' && !(from !== undefined && to !== undefined && sameKafkaValue(key, from, to)))
    return 'a new cleanup policy changes which records the cluster keeps (compaction removes older values of a key; delete removes old segments)';
  if (key === 'min.insync.replicas' && Number(to ?? 1) > Number(from ?? 1)) return 'producers with acks=all fail while fewer replicas than the new minimum are in sync';
  if (key === 'max.message.bytes' && limit(to) < limit(from)) return 'producers sending records above the new limit are refused';
  return undefined;
}

function createOperation(spec: KafkaTopicSpec, why = 'a new topic; nothing reads or writes it yet'): Operation {
  return {
    action: 'create-topic',
    resource: { type: 'topic', name: spec.name },
    safety: 'safe',
    why,
    details: { partitions: spec.partitions ?? 'cluster default', replicationFactor: spec.replicationFactor ?? 'cluster default', configs: spec.configs },
  };
}

function deleteOperation(name: string, why: string): Operation {
  return { action: 'delete-topic', resource: { type: 'topic', name }, safety: 'destructive', why, details: {} };
}

function configOperation(spec: KafkaTopicSpec, topic: LiveTopicState): Operation | undefined {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const risks: string[] = [];
  for (const [key, value] of Object.entries(spec.configs)) {
    const live = topic.configs[key]?.value;
    if (live !== undefined && sameKafkaValue(key, value, live)) continue;
    set[key] = value;
    const risk = configRisk(key, live, value);
    if (risk) risks.push(risk);
  }
  for (const [key, config] of Object.entries(topic.configs)) {
    if (config.source !== 'set on the topic' || key in spec.configs) continue;
    remove.push(key);
    const risk = configRisk(key, config.value, undefined);
    if (risk) risks.push(risk);
  }
  if (Object.keys(set).length === 0 && remove.length === 0) return undefined;
  const safety: Safety = risks.length > 0 ? 'disruptive' : 'safe';
  return {
    action: 'alter-configs',
    resource: { type: 'topic', name: spec.name },
    safety,
    why: risks.length > 0 ? `${risks.join('; ')}.` : 'configs change in place; clients keep running.',
    details: { ...(Object.keys(set).length > 0 ? { set } : {}), ...(remove.length > 0 ? { remove: remove.sort() } : {}) },
  };
}

export function planKafka(desired: KafkaDesired, state: KafkaClusterState, options: PlanOptions = {}): Plan {
  const allow = options.allowDelete ?? new Set<string>();
  const live = new Map(state.topics.map((t) => [t.name, t]));
  const deletes: Operation[] = [];
  const creates: Operation[] = [];
  const grows: Operation[] = [];
  const alters: Operation[] = [];
  const blocked: Blocked[] = [];
  for (const spec of desired.topics) {
    const resource = { type: 'topic' as const, name: spec.name };
    const topic = live.get(spec.name);
    if (!topic) {
      creates.push(createOperation(spec));
      continue;
    }
    const shrink = spec.partitions !== undefined && spec.partitions < topic.partitions;
    const reassign = spec.replicationFactor !== undefined && spec.replicationFactor !== topic.replicationFactor;
    if (shrink || reassign) {
      const reason = shrink
        ? `Kafka cannot take partitions away (${topic.partitions} → ${spec.partitions})`
        : `a replication-factor change (${topic.replicationFactor} → ${spec.replicationFactor}) is a partition reassignment (kafka-reassign-partitions.sh), which apply does not do`;
      if (allow.has(resourceKey(resource))) {
        deletes.push(deleteOperation(spec.name, `${reason}: the topic is deleted with all its records and created again.`));
        creates.push(createOperation(spec, `created again as the design has it, empty: ${reason}.`));
        continue;
      }
      blocked.push({ resource, why: `${reason}; deleting and re-creating it loses its records: pass --allow-delete topic:${spec.name} to plan that.` });
      if (shrink) {
        const alter = configOperation(spec, topic);
        if (alter) alters.push(alter);
        continue;
      }
    }
    if (spec.partitions !== undefined && spec.partitions > topic.partitions) {
      grows.push({
        action: 'add-partitions',
        resource,
        safety: 'disruptive',
        why: `records with a key go to a different partition from now on (partition = hash(key) mod ${spec.partitions}), so per-key order breaks across the change, and consumers rebalance.`,
        details: { from: topic.partitions, to: spec.partitions },
      });
    }
    const alter = configOperation(spec, topic);
    if (alter) alters.push(alter);
  }
  const wanted = new Set(desired.topics.map((t) => t.name));
  for (const topic of state.topics) {
    if (wanted.has(topic.name) || !inScope(topic.name, options.scope ?? {})) continue;
    const resource = { type: 'topic' as const, name: topic.name };
    if (allow.has(resourceKey(resource))) deletes.push(deleteOperation(topic.name, 'the design has no such topic: deleting it removes the topic and all its records.'));
    else blocked.push({ resource, why: `only in the cluster; not deleted without --allow-delete topic:${topic.name}.` });
  }
  const drawn = new Set(desired.groups);
  for (const group of state.groups) {
    if (drawn.has(group.groupId) || !inScope(group.groupId, options.scope ?? {})) continue;
    blocked.push({
      resource: { type: 'group', name: group.groupId },
      why: 'a consumer group the design does not draw; apply never deletes groups (a group ends when its consumers stop): draw it, or stop its consumers.',
    });
  }
  return { operations: [...deletes, ...creates, ...grows, ...alters], blocked };
}
