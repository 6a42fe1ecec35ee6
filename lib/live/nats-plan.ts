import { CONSUMER_FIXED, CONSUMER_MODE_FIXED, STREAM_FIXED, STREAM_ONE_WAY } from '../brokers/nats/jetstream-update-rules';
import type { NatsConsumerConfig, NatsStreamConfig } from '../exporters/nats-jetstream-config';
import { resourceKey, type Blocked, type Operation, type Plan, type ResourceRef, type Safety } from './drift';
import { inScope, type AuditScope } from './kafka-drift';
import type { LiveConsumer, LiveStream, NatsClusterState } from './nats-cluster-state';
import { apiConfig, consumerName } from './nats-desired';
import { consumerChanges, consumerIndex, isDurable, streamChanges, type SettingChange } from './nats-drift';

/**
 * The ordered operations that make a JetStream account match a design, by
 * nats-server's rules (lib/brokers/nats/jetstream-update-rules.ts, checked on
 * the real server): a stream's storage type, retention policy and consumer
 * limit are fixed, so changing one is a delete and a create that drops every
 * message and consumer of the stream: destructive, planned only with
 * --allow-delete stream:<name>. A consumer's deliver, ack and replay policy,
 * max_waiting and pull/push mode are fixed likewise (--allow-delete
 * consumer:<stream>/<name>: its position and pending acks are lost).
 * Everything else changes in place. Order: deletes, streams, consumers.
 */

export interface NatsPlanOptions {
  allowDelete?: ReadonlySet<string>;
  scope?: AuditScope;
}

/** -1 and 0 mean "no limit" in JetStream's limits. */
const limit = (text: string | undefined) => {
  const n = Number(text);
  return text === undefined || !Number.isFinite(n) || n <= 0 ? Infinity : n;
};

const LIMITS = new Set(['max_age', 'max_bytes', 'max_msgs', 'max_msgs_per_subject']);

/** Why an in-place stream change disturbs publishers, consumers or stored messages, if it does. */
function streamRisk(c: SettingChange): string | undefined {
  if (LIMITS.has(c.setting) && limit(c.design) < limit(c.live)) return `a lower ${c.setting} removes the messages past it at once`;
  if (c.setting === 'max_msg_size' && limit(c.design) < limit(c.live)) return 'publishers of larger messages are refused';
  if (c.setting === 'subjects') {
    const kept = new Set((c.design ?? '').split(','));
    const dropped = (c.live ?? '').split(',').filter((s) => s && !kept.has(s));
    if (dropped.length > 0) return `messages published to ${dropped.join(', ')} are no longer stored`;
  }
  if (c.setting === 'discard') return `a full stream then ${c.design === 'new' ? 'refuses new messages' : 'drops its oldest messages'}`;
  if (c.setting === 'num_replicas') return 'the stream is re-placed on a new set of servers';
  return undefined;
}

function consumerRisk(c: SettingChange): string | undefined {
  if (c.setting === 'filter_subject' || c.setting === 'filter_subjects') return 'the consumer delivers other messages from now on';
  if (c.setting === 'max_deliver' && limit(c.design) < limit(c.live)) return 'messages past the new delivery limit are not redelivered';
  if (c.setting === 'deliver_subject' || c.setting === 'deliver_group') return 'subscribers on the old delivery subject or queue group stop receiving';
  return undefined;
}

const what = (changes: SettingChange[]) => changes.map((c) => `${c.setting} ${c.live ?? 'unset'} → ${c.design ?? 'unset'}`).join(', ');

const createStream = (s: NatsStreamConfig, why = 'a new stream; nothing is stored in it yet.'): Operation => ({
  action: 'create-stream',
  resource: { type: 'stream', name: s.node.name },
  safety: 'safe',
  why,
  details: { config: apiConfig(s.config) },
});

const createConsumer = (stream: string, c: NatsConsumerConfig, why = 'a new consumer; it starts at the first message the stream holds (deliver_policy all).'): Operation => ({
  action: 'create-consumer',
  resource: { type: 'consumer', name: consumerName(stream, c.name) },
  safety: 'safe',
  why,
  details: { stream, config: apiConfig(c.config) },
});

/** Settings the server will not update, with its refusal. */
function fixedStream(changes: SettingChange[]): SettingChange[] {
  return changes.filter((c) => STREAM_FIXED[c.setting] !== undefined || (STREAM_ONE_WAY[c.setting] !== undefined && c.live === 'true'));
}

function fixedConsumer(changes: SettingChange[], want: NatsConsumerConfig, have: LiveConsumer): SettingChange[] {
  const fixed = changes.filter((c) => CONSUMER_FIXED[c.setting] !== undefined);
  if ((want.config.deliver_subject === undefined) !== (have.config.deliver_subject === undefined))
    fixed.push({ setting: 'mode', design: want.config.deliver_subject ? 'push' : 'pull', live: have.config.deliver_subject ? 'push' : 'pull' });
  return fixed;
}

interface Builder {
  allow: ReadonlySet<string>;
  deletes: Operation[];
  streams: Operation[];
  consumers: Operation[];
  blocked: Blocked[];
}

/** Plans the delete of a resource whose fixed settings differ, when its --allow-delete was given (the caller then plans the create); else blocks it. */
function deleteToRecreate(b: Builder, resource: ResourceRef, fixed: SettingChange[], loses: string, rule: string, deleteDetails: Record<string, unknown>): boolean {
  if (!b.allow.has(resourceKey(resource))) {
    b.blocked.push({ resource, why: `nats-server ${rule} (${what(fixed)}); changing it is a delete and create that ${loses}: pass --allow-delete ${resourceKey(resource)}.` });
    return false;
  }
  b.deletes.push({
    action: `delete-${resource.type}`,
    resource,
    safety: 'destructive',
    why: `nats-server ${rule} (${what(fixed)}): it is deleted, which ${loses}, and created again.`,
    details: deleteDetails,
  });
  return true;
}

function planStream(b: Builder, want: NatsStreamConfig, have: LiveStream | undefined): boolean {
  if (!have) {
    b.streams.push(createStream(want));
    return true;
  }
  const changed = streamChanges(want, have);
  if (changed.length === 0) return false;
  const fixed = fixedStream(changed);
  const resource = { type: 'stream' as const, name: want.node.name };
  if (fixed.length > 0) {
    const rule = fixed.map((c) => `"${STREAM_FIXED[c.setting] ?? STREAM_ONE_WAY[c.setting]}"`).join(', ');
    if (!deleteToRecreate(b, resource, fixed, 'drops every message and consumer in it', `refuses to update a stream's ${fixed.map((c) => c.setting).join(', ')}: ${rule}`, { name: want.node.name }))
      return false;
    b.streams.push(createStream(want, `created again as the design has it (${what(changed)}).`));
    return true;
  }
  const risks = changed.map(streamRisk).filter((r): r is string => r !== undefined);
  const safety: Safety = risks.length > 0 ? 'disruptive' : 'safe';
  b.streams.push({
    action: 'update-stream',
    resource,
    safety,
    why: `changed in place (${what(changed)})${risks.length > 0 ? `: ${risks.join('; ')}` : '; nothing stored or delivered changes'}.`,
    details: { config: apiConfig(want.config) },
  });
  return false;
}

function planConsumer(b: Builder, stream: string, want: NatsConsumerConfig, have: LiveConsumer | undefined): void {
  if (!have) return void b.consumers.push(createConsumer(stream, want));
  const changed = consumerChanges(want, have);
  if (changed.length === 0) return;
  const fixed = fixedConsumer(changed, want, have);
  const resource = { type: 'consumer' as const, name: consumerName(stream, want.name) };
  if (fixed.length > 0) {
    const rule = `refuses to update a consumer's ${fixed.map((c) => c.setting).join(', ')}: ${fixed.map((c) => `"${CONSUMER_FIXED[c.setting] ?? CONSUMER_MODE_FIXED}"`).join(', ')}`;
    if (deleteToRecreate(b, resource, fixed, 'loses its position in the stream and its pending acks (it starts again from the first message)', rule, { stream, name: want.name })) {
      b.consumers.push(createConsumer(stream, want, `created again as the design has it (${what(changed)}).`));
    }
    return;
  }
  const risks = changed.map(consumerRisk).filter((r): r is string => r !== undefined);
  b.consumers.push({
    action: 'update-consumer',
    resource,
    safety: risks.length > 0 ? 'disruptive' : 'safe',
    why: `changed in place (${what(changed)})${risks.length > 0 ? `: ${risks.join('; ')}` : '; its position and pending acks stay'}.`,
    details: { stream, config: apiConfig(want.config) },
  });
}

export function planNats(desired: NatsStreamConfig[], state: NatsClusterState, options: NatsPlanOptions = {}): Plan {
  const b: Builder = { allow: options.allowDelete ?? new Set(), deletes: [], streams: [], consumers: [], blocked: [] };
  const scope = options.scope ?? {};
  const live = new Map(state.streams.map((s) => [s.name, s]));
  const liveConsumers = consumerIndex(state);
  const wanted = new Set<string>();
  const emptied = new Set<string>();
  for (const stream of desired) {
    const name = stream.node.name;
    // A created (or re-created) stream has no consumers: each of the design's is created.
    if (planStream(b, stream, live.get(name))) emptied.add(name);
    for (const consumer of stream.consumers.filter(isDurable)) {
      const key = consumerName(name, consumer.name);
      wanted.add(key);
      planConsumer(b, name, consumer, emptied.has(name) ? undefined : liveConsumers.get(key));
    }
  }
  const extra = (resource: ResourceRef, why: string, details: Record<string, unknown>) => {
    if (b.allow.has(resourceKey(resource))) b.deletes.push({ action: `delete-${resource.type}`, resource, safety: 'destructive', why, details });
    else b.blocked.push({ resource, why: `only in the cluster; not deleted without --allow-delete ${resourceKey(resource)}.` });
  };
  const designed = new Set(desired.map((s) => s.node.name));
  for (const c of state.consumers) {
    const key = consumerName(c.stream, c.name);
    if (wanted.has(key) || !designed.has(c.stream) || emptied.has(c.stream)) continue;
    extra({ type: 'consumer', name: key }, 'the design has no such consumer: its readers stop receiving, and its position and pending acks are lost.', { stream: c.stream, name: c.name });
  }
  for (const s of state.streams) {
    if (designed.has(s.name) || !inScope(s.name, scope)) continue;
    extra({ type: 'stream', name: s.name }, 'the design has no such stream: every message and consumer in it is deleted, and publishes to its subjects are no longer stored.', { name: s.name });
  }
  return { operations: [...b.deletes, ...b.streams, ...b.consumers], blocked: b.blocked };
}
