import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import { outageBacklog } from '../../capacity/outage-backlog';
import { durationToMs, msToDuration, patchNode, type Design } from '../../design';
import { deletesOldSegments, formatRetention } from '../kafka/_topics';
import { requirementsAt } from '../needs';
import { queueSetting, settingSource } from '../rabbitmq/_queues';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { isRetryStage, kindLabel } from './_channels';
import { declaredInflow } from './_declared-rates';

const HOUR_MS = 3_600_000;
/** SQS keeps a message 14 days at most (MessageRetentionPeriod ≤ 1,209,600 s). */
const SQS_MAX_RETENTION_S = 1_209_600;

/** One limit of a channel the outage's backlog passes, and the design change that makes it fit (none when no setting can). */
interface ShortLimit {
  what: string;
  fix?: (design: Design) => Design;
}

interface Backlog {
  outageMs: number;
  messages: number;
  bytes: number;
}

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))} ${units[unit]}`;
}

/**
 * The limits of `channel` that the backlog does not fit. Kafka's time-based
 * retention is kafka/retention-covers-consumer-lag's (the backlog's oldest
 * record is as old as the outage, lib/capacity/outage-backlog.ts); here its
 * byte limit, retention.bytes per partition with records spread evenly.
 */
function shortLimits(channel: ResolvedNode, backlog: Backlog): ShortLimit[] {
  const short: ShortLimit[] = [];
  const messages = Math.ceil(backlog.messages);
  const bytes = Math.ceil(backlog.bytes);
  if (channel.kind === 'kafka-topic') {
    const perPartition = channel.config['retention.bytes'];
    if (deletesOldSegments(channel) && perPartition > 0 && perPartition * channel.partitions < backlog.bytes) {
      const needed = Math.ceil(bytes / channel.partitions);
      short.push({
        what: `retention.bytes=${perPartition} keeps ${formatBytes(perPartition * channel.partitions)} over ${channel.partitions} partition(s)`,
        fix: (d) => patchNode(d, channel.id, { config: { 'retention.bytes': needed } }),
      });
    }
  } else if (channel.kind === 'rabbitmq-queue') {
    const limits: Array<[argument: 'x-max-length' | 'x-max-length-bytes' | 'x-message-ttl', policyKey: string, size: number, needed: number, describe: (v: number) => string]> = [
      ['x-max-length', 'max-length', backlog.messages, messages, (v) => `${thousands(v)} messages`],
      ['x-max-length-bytes', 'max-length-bytes', backlog.bytes, bytes, formatBytes],
      ['x-message-ttl', 'message-ttl', backlog.outageMs, backlog.outageMs, (v) => formatRetention(v)],
    ];
    for (const [argument, policyKey, size, needed, describe] of limits) {
      const value = queueSetting(channel, argument, policyKey);
      if (typeof value !== 'number' || value >= size) continue;
      const fromArgument = settingSource(channel, argument) === 'argument';
      short.push({
        what: `${fromArgument ? argument : `the policy's ${policyKey}`} is ${describe(value)}`,
        // A policy's value is changed where the policy is declared, not on the queue.
        fix: fromArgument ? (d) => patchNode(d, channel.id, { arguments: { [argument]: needed } }) : undefined,
      });
    }
  } else if (channel.kind === 'nats-stream') {
    if (channel.max_msgs > 0 && channel.max_msgs < backlog.messages) {
      short.push({ what: `max_msgs is ${thousands(channel.max_msgs)}`, fix: (d) => patchNode(d, channel.id, { max_msgs: messages }) });
    }
    if (channel.max_bytes > 0 && channel.max_bytes < backlog.bytes) {
      short.push({ what: `max_bytes is ${formatBytes(channel.max_bytes)}`, fix: (d) => patchNode(d, channel.id, { max_bytes: bytes }) });
    }
    const maxAge = durationToMs(channel.max_age) ?? 0;
    if (maxAge > 0 && maxAge < backlog.outageMs) {
      short.push({ what: `max_age is ${formatRetention(maxAge)}`, fix: (d) => patchNode(d, channel.id, { max_age: msToDuration(backlog.outageMs) }) });
    }
  } else if (channel.kind === 'sqs-queue') {
    const retentionS = channel.messageRetentionPeriod;
    if (retentionS * 1000 < backlog.outageMs) {
      const needed = Math.ceil(backlog.outageMs / 1000);
      short.push({
        what: `MessageRetentionPeriod is ${formatRetention(retentionS * 1000)}`,
        fix: needed <= SQS_MAX_RETENTION_S ? (d) => patchNode(d, channel.id, { messageRetentionPeriod: needed }) : undefined,
      });
    }
  }
  return short;
}

function storesMessages(design: ResolvedDesign, node: ResolvedNode): boolean {
  if (node.kind !== 'kafka-topic' && node.kind !== 'rabbitmq-queue' && node.kind !== 'nats-stream' && node.kind !== 'sqs-queue') return false;
  return node.role !== 'dead-letter' && !isRetryStage(design, node);
}

export const outageBacklogFits = defineRule({
  meta: {
    id: 'core/outage-backlog-fits',
    category: 'error-handling',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'consumer-group', 'projection'],
    summary:
      'A channel must hold the backlog of the longest consumer outage its flows declare (maxConsumerOutageHours): the declared rate × the outage in messages and bytes, for as long as the outage lasts.',
    messages: {
      short:
        '{kind} "{channel}" must hold what piles up in a consumer outage of {outage} ({messages} messages, {bytes} at {rate} msg/s), but {limits}: messages would be removed before they are read.',
    },
  },
  check({ design, report }) {
    for (const channel of design.nodes) {
      if (!storesMessages(design, channel)) continue;
      const needs = requirementsAt(design, channel.id);
      const outageHours = needs?.maxConsumerOutageHours;
      if (!needs || !outageHours) continue;
      const rate = declaredInflow(design, channel.id);
      if (!rate) continue;
      const outageMs = outageHours * HOUR_MS;
      const { messages, bytes } = outageBacklog(outageMs / 1000, rate, needs.messageSizeBytes, Infinity);
      const short = shortLimits(channel, { outageMs, messages, bytes });
      if (short.length === 0) continue;
      const fixes = short.flatMap((s) => (s.fix ? [s.fix] : []));
      report({
        target: { type: 'node', id: channel.id },
        messageId: 'short',
        data: {
          kind: kindLabel(channel),
          channel: channel.name,
          outage: formatRetention(outageMs),
          messages: thousands(Math.ceil(messages)),
          bytes: formatBytes(bytes),
          rate: thousands(rate),
          limits: short.map((s) => s.what).join(', '),
        },
        // Only a fix that clears every short limit is offered.
        fix: fixes.length === short.length ? { label: 'Raise the limits to hold the backlog', apply: (d) => fixes.reduce((next, fix) => fix(next), d) } : undefined,
      });
    }
  },
});
