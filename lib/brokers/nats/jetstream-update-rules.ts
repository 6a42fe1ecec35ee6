import { durationToMs } from '../../design/duration';
import { NATS_CONSUMER_DEFAULTS, NATS_STREAM_DEFAULTS } from './server-defaults';

/**
 * What nats-server (2.9.10, Debian's, the one the tests start) refuses to
 * change in a stream or consumer update, by the API's setting names, with the
 * server's own refusal. Checked on the real server, one update per setting:
 * every other setting the exporter writes changed in place (subjects, max_age,
 * max_bytes, max_msgs, max_msg_size, discard, duplicate_window, num_replicas,
 * description, max_msgs_per_subject, allow_rollup_hdrs, allow_direct; for
 * consumers filter_subject, ack_wait, max_deliver, max_ack_pending,
 * description, backoff, and a push consumer's deliver_subject and
 * deliver_group). lib/live/nats-audit.test.ts proves the rules again on every
 * run (a refused update would fail its apply).
 */

/** Stream settings fixed once the stream exists: "stream configuration update can not change …". */
export const STREAM_FIXED: Readonly<Record<string, string>> = {
  storage: 'can not change storage type',
  retention: 'can not change retention policy',
  max_consumers: 'can not change maxconsumers',
};

/** Stream flags that may be set but never cleared again ("can not cancel deny message deletes" …). */
export const STREAM_ONE_WAY: Readonly<Record<string, string>> = {
  sealed: 'can not unseal a sealed stream',
  deny_delete: 'can not cancel deny message deletes',
  deny_purge: 'can not cancel deny purge',
};

/** Consumer settings fixed once the consumer exists ("deliver policy can not be updated" …). */
export const CONSUMER_FIXED: Readonly<Record<string, string>> = {
  deliver_policy: 'deliver policy can not be updated',
  ack_policy: 'ack policy can not be updated',
  replay_policy: 'replay policy can not be updated',
  max_waiting: 'max waiting can not be updated',
};

/** A consumer cannot turn from pull into push or back (the server refuses max_waiting either way). */
export const CONSUMER_MODE_FIXED = 'a consumer cannot change between pull and push (deliver_subject) once it exists';

/** A default duration (`2m`, `30s`: whole milliseconds) in the API's nanoseconds. */
const nanos = (text: string) => durationToMs(text)! * 1_000_000;

/** What the server stores for a setting a stream or consumer is created without, in the API's form (durations in ns). */
export const STREAM_API_DEFAULTS: Readonly<Record<string, unknown>> = {
  ...NATS_STREAM_DEFAULTS.values,
  duplicate_window: nanos(NATS_STREAM_DEFAULTS.values.duplicate_window),
  max_age: 0,
  max_consumers: -1,
  max_msgs_per_subject: -1,
};

export const CONSUMER_API_DEFAULTS: Readonly<Record<string, unknown>> = {
  ...NATS_CONSUMER_DEFAULTS.values,
  ack_wait: nanos(NATS_CONSUMER_DEFAULTS.values.ack_wait),
  deliver_policy: 'all',
  replay_policy: 'instant',
  max_waiting: 512,
};

export const NATS_DEFAULT_SOURCE = NATS_STREAM_DEFAULTS.source.label;
