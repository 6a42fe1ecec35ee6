import { CONSUMER_API_DEFAULTS, NATS_DEFAULT_SOURCE, STREAM_API_DEFAULTS } from '../brokers/nats/jetstream-update-rules';
import type { NatsConsumerConfig, NatsStreamConfig } from '../exporters/nats-jetstream-config';
import type { Difference } from './drift';
import { inScope, type AuditScope } from './kafka-drift';
import type { LiveConsumer, LiveStream, NatsClusterState } from './nats-cluster-state';
import { consumerName } from './nats-desired';

/**
 * The differences between a design's JetStream streams and consumers and a
 * live account. Every setting the exporter writes is compared (it writes a
 * stream's whole config); of the settings the design leaves out, only those
 * whose absence means something are (a description, a consumer's filter,
 * push delivery, backoff), the rest the server fills in with its defaults.
 * Each live value says where it comes from: the server's default, or set on
 * the resource. Consumers nobody drew are reported.
 */

/** One setting that differs. */
export interface SettingChange {
  setting: string;
  design?: string;
  live?: string;
  source?: string;
}

/** Consumer settings the exporter leaves out when the design does not use them; a live value of one is a difference. */
const CONSUMER_ABSENT_MEANS_NONE = ['description', 'filter_subject', 'filter_subjects', 'deliver_subject', 'deliver_group', 'backoff'];
const UNORDERED = new Set(['subjects', 'filter_subjects']);
const IDENTITY = new Set(['name', 'durable_name', 'stream_name']);

/** A config value as comparable text: nanoseconds as numbers (the API's JSON loses bigints' precision alike), subject lists as sets. */
export function settingText(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'bigint') return String(Number(value));
  if (Array.isArray(value)) {
    const items = value.map((v) => settingText(key, v) ?? '');
    return (UNORDERED.has(key) ? items.sort() : items).join(',');
  }
  return String(value);
}

function changes(want: Record<string, unknown>, have: Record<string, unknown>, absentMeansNone: readonly string[], defaults: Readonly<Record<string, unknown>>, owner: string): SettingChange[] {
  const keys = [...new Set([...Object.keys(want), ...absentMeansNone])].filter((k) => !IDENTITY.has(k));
  const out: SettingChange[] = [];
  for (const key of keys) {
    const design = settingText(key, want[key]);
    const live = settingText(key, have[key]);
    if (design === live || (design === undefined && !absentMeansNone.includes(key))) continue;
    const source = live === undefined ? undefined : live === settingText(key, defaults[key]) ? NATS_DEFAULT_SOURCE : `set on the ${owner}`;
    out.push({ setting: key, ...(design !== undefined ? { design } : {}), ...(live !== undefined ? { live } : {}), ...(source ? { source } : {}) });
  }
  return out;
}

export function streamChanges(want: NatsStreamConfig, have: LiveStream): SettingChange[] {
  return changes(want.config, have.config, ['description'], STREAM_API_DEFAULTS, 'stream');
}

export function consumerChanges(want: NatsConsumerConfig, have: LiveConsumer): SettingChange[] {
  return changes(serverHeld(want.config), have.config, CONSUMER_ABSENT_MEANS_NONE, CONSUMER_API_DEFAULTS, 'consumer');
}

/**
 * A consumer config as nats-server stores it: with a backoff list, the server
 * keeps backoff[0] as ack_wait whatever was sent (its consumer defaults), so
 * comparing the sent ack_wait would report a difference no apply can remove.
 */
function serverHeld(config: NatsConsumerConfig['config']): NatsConsumerConfig['config'] {
  const backoff = config.backoff as readonly unknown[] | undefined;
  return backoff && backoff.length > 0 && config.ack_wait !== undefined ? { ...config, ack_wait: backoff[0] } : config;
}

/** A consumer the design draws but does not keep: an ephemeral one lives only while a client reads it. */
export const isDurable = (consumer: NatsConsumerConfig) => consumer.config.durable_name !== undefined;

/** The live consumers by `stream/consumer`. */
export const consumerIndex = (state: NatsClusterState) => new Map(state.consumers.map((c) => [consumerName(c.stream, c.name), c]));

function describeConsumer(c: LiveConsumer): string {
  const mode = c.config.deliver_subject ? `push to ${String(c.config.deliver_subject)}` : 'pull';
  const filter = c.config.filter_subject ? `, filter ${String(c.config.filter_subject)}` : '';
  return `${mode}, ack ${String(c.config.ack_policy)}${filter}${c.config.durable_name ? '' : ', ephemeral'}`;
}

export function natsDrift(desired: NatsStreamConfig[], state: NatsClusterState, scope: AuditScope = {}): Difference[] {
  const out: Difference[] = [];
  const streams = new Map(state.streams.map((s) => [s.name, s]));
  const consumers = consumerIndex(state);
  const wantConsumers = new Set<string>();
  for (const stream of desired) {
    const name = stream.node.name;
    const have = streams.get(name);
    if (!have) out.push({ kind: 'only-in-design', resource: { type: 'stream', name } });
    else for (const c of streamChanges(stream, have)) out.push({ kind: 'differs', resource: { type: 'stream', name }, ...c });
    for (const consumer of stream.consumers.filter(isDurable)) {
      const key = consumerName(name, consumer.name);
      wantConsumers.add(key);
      const live = consumers.get(key);
      if (!live) out.push({ kind: 'only-in-design', resource: { type: 'consumer', name: key } });
      else for (const c of consumerChanges(consumer, live)) out.push({ kind: 'differs', resource: { type: 'consumer', name: key }, ...c });
    }
  }
  const wantStreams = new Set(desired.map((s) => s.node.name));
  for (const s of state.streams) {
    if (!wantStreams.has(s.name) && inScope(s.name, scope))
      out.push({
        kind: 'only-in-cluster',
        resource: { type: 'stream', name: s.name },
        live: `subjects ${settingText('subjects', s.config.subjects)}, ${String(s.config.storage)} storage, ${String(s.config.retention)} retention`,
      });
  }
  for (const c of state.consumers) {
    const key = consumerName(c.stream, c.name);
    // A stream's consumers are the design's to document once it draws the stream; an undrawn stream is reported whole.
    if (wantConsumers.has(key) || !wantStreams.has(c.stream)) continue;
    out.push({ kind: 'only-in-cluster', resource: { type: 'consumer', name: key }, live: describeConsumer(c) });
  }
  return out;
}
