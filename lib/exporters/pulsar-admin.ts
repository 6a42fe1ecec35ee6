import { indexGraph, pulsarTopicName, type Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedPulsarSubscription, ResolvedPulsarTopic } from '../brokers/pulsar/resolve';
import { commentText, shellQuote } from './escape';
import type { Exporter } from './exporter';

/**
 * A bash script of pulsar-admin commands that creates a design's tenants,
 * namespaces (with the policies their topics set), topics (partitioned or
 * not) and subscriptions. Namespace policies are written once per namespace;
 * where its topics disagree, the first topic's value is written and the
 * script says which topics wanted another. Subscription types, ack timeouts
 * and dead letter policies are consumer settings, not admin ones: the
 * script lists them as comments for the consumers' code. Every value from
 * the design is shell-quoted; every option is one pulsar-admin documents
 * (lib/brokers/pulsar/pulsar-admin-flags.ts; the tests check each one).
 */

type Topic = ResolvedPulsarTopic;
/** The namespaces that exist on a fresh cluster (a standalone creates them): never created again. */
const BUILT_IN_NAMESPACES = new Set(['public/default', 'pulsar/system']);
const BUILT_IN_TENANTS = new Set(['public', 'pulsar']);

/** A byte count as pulsar-admin reads sizes: the largest whole unit (10G), or bytes. */
function size(bytes: number): string {
  if (bytes < 0) return '-1';
  for (const [unit, factor] of [
    ['T', 1024 ** 4],
    ['G', 1024 ** 3],
    ['M', 1024 ** 2],
    ['K', 1024],
  ] as const) {
    if (bytes > 0 && bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}

function command(words: string[]): string {
  return `pulsar-admin ${words.join(' ')}`;
}

/** A policy's command for a namespace, from the value its topics set; a comment when they disagree. */
function policy(topics: Topic[], label: string, valueOf: (t: Topic) => string | undefined, write: (value: string) => string[]): string[] {
  const set = topics.map((t) => ({ topic: t, value: valueOf(t) })).filter((e): e is { topic: Topic; value: string } => e.value !== undefined);
  if (set.length === 0) return [];
  const chosen = set[0].value;
  const others = set.filter((e) => e.value !== chosen).map((e) => e.topic.name);
  const note = others.length > 0 ? [`# ${label}: topics ${commentText(others.join(', '))} of this namespace set another value; the first topic's is written`] : [];
  return [...note, command(['namespaces', ...write(chosen)])];
}

function namespacePolicies(namespace: string, topics: Topic[], written: (t: Topic, key: string) => boolean): string[] {
  const ns = shellQuote(namespace);
  const when = (key: string, value: (t: Topic) => string) => (t: Topic) => (written(t, key) ? value(t) : undefined);
  return [
    ...policy(
      topics,
      'retention',
      (t) =>
        written(t, 'retentionTimeInMinutes') || written(t, 'retentionSizeInMB')
          ? `${t.retentionTimeInMinutes < 0 ? '-1' : `${t.retentionTimeInMinutes}m`} ${t.retentionSizeInMB < 0 ? '-1' : `${t.retentionSizeInMB}M`}`
          : undefined,
      (v) => {
        const [time, mb] = v.split(' ');
        return ['set-retention', ns, '--time', time, '--size', mb];
      },
    ),
    ...policy(
      topics,
      'message TTL',
      when('messageTtlSeconds', (t) => String(t.messageTtlSeconds)),
      (v) => ['set-message-ttl', ns, '--messageTTL', v],
    ),
    ...policy(
      topics,
      'backlog quota (size)',
      (t) => (written(t, 'backlogQuotaLimitBytes') && t.backlogQuotaLimitBytes >= 0 ? `${size(t.backlogQuotaLimitBytes)} ${t.backlogQuotaPolicy ?? 'producer_request_hold'}` : undefined),
      (v) => {
        const [limit, quotaPolicy] = v.split(' ');
        return ['set-backlog-quota', ns, '--limit', limit, '--policy', quotaPolicy, '--type', 'destination_storage'];
      },
    ),
    ...policy(
      topics,
      'backlog quota (age)',
      (t) => (t.backlogQuotaLimitSeconds !== undefined && t.backlogQuotaLimitSeconds >= 0 ? `${t.backlogQuotaLimitSeconds} ${t.backlogQuotaPolicy ?? 'producer_request_hold'}` : undefined),
      (v) => {
        const [seconds, quotaPolicy] = v.split(' ');
        return ['set-backlog-quota', ns, '--limitTime', seconds, '--policy', quotaPolicy, '--type', 'message_age'];
      },
    ),
    ...policy(
      topics,
      'deduplication',
      when('deduplication', (t) => (t.deduplication ? '--enable' : '--disable')),
      (v) => ['set-deduplication', ns, v],
    ),
    ...policy(
      topics,
      'schema compatibility',
      when('schemaCompatibilityStrategy', (t) => t.schemaCompatibilityStrategy),
      (v) => ['set-schema-compatibility-strategy', ns, '--compatibility', v],
    ),
    ...policy(
      topics,
      'offload threshold',
      (t) => (t.offloadThresholdBytes === undefined ? undefined : size(t.offloadThresholdBytes)),
      (v) => ['set-offload-threshold', ns, '--size', v],
    ),
  ];
}

function topicCommands(topic: Topic): string[] {
  const name = shellQuote(pulsarTopicName(topic));
  if (topic.partitions > 0) return [command(['topics', 'create-partitioned-topic', name, '--partitions', String(topic.partitions)])];
  // A non-persistent, non-partitioned topic exists while clients use it: there is nothing to create.
  if (topic.persistence === 'non-persistent') return [`# ${commentText(pulsarTopicName(topic))}: non-persistent and non-partitioned, created when first used`];
  return [command(['topics', 'create', name])];
}

function subscriptionCommands(topic: Topic, subscription: ResolvedPulsarSubscription, deadLetterTopic: string | undefined): string[] {
  const consumer = [
    `subscriptionType=${subscription.subscriptionType}`,
    subscription.ackTimeoutMillis > 0 ? `ackTimeout=${subscription.ackTimeoutMillis}ms` : '',
    subscription.maxRedeliverCount !== undefined ? `deadLetterPolicy(maxRedeliverCount=${subscription.maxRedeliverCount}${deadLetterTopic ? `, deadLetterTopic=${deadLetterTopic}` : ''})` : '',
    subscription.retryEnable ? 'enableRetry=true' : '',
  ].filter(Boolean);
  const create =
    topic.persistence === 'persistent'
      ? [
          command([
            'topics',
            'create-subscription',
            shellQuote(pulsarTopicName(topic)),
            '--subscription',
            shellQuote(subscription.name),
            '--messageId',
            subscription.subscriptionInitialPosition === 'Earliest' ? 'earliest' : 'latest',
          ]),
        ]
      : [];
  return [`# Consumers of ${commentText(subscription.name)}: ${commentText(consumer.join(', '))}`, ...create];
}

/** The whole script of a design's Pulsar topics. */
export function pulsarAdminScript(design: Design): string {
  const resolved = resolveDesign(design);
  const graph = indexGraph(resolved);
  const topics = resolved.nodes.filter((n): n is Topic => n.kind === 'pulsar-topic');
  const written = (t: Topic, key: string) => (design.nodes.find((n) => n.id === t.id) as Record<string, unknown> | undefined)?.[key] !== undefined;
  const namespaces = new Map<string, Topic[]>();
  for (const t of topics) namespaces.set(`${t.tenant}/${t.namespace}`, [...(namespaces.get(`${t.tenant}/${t.namespace}`) ?? []), t]);
  const tenants = [...new Set(topics.map((t) => t.tenant))].filter((t) => !BUILT_IN_TENANTS.has(t));
  const subscriptionLines = topics.flatMap((topic) =>
    (graph.outgoing.get(topic.id) ?? [])
      .filter((c) => c.kind === 'subscription')
      .map((c) => graph.nodeById.get(c.to))
      .filter((n): n is ResolvedPulsarSubscription => n?.kind === 'pulsar-subscription')
      .flatMap((s) => {
        const dlt = (graph.outgoing.get(s.id) ?? []).map((c) => (c.kind === 'dead-letter' ? graph.nodeById.get(c.to) : undefined)).find((n): n is Topic => n?.kind === 'pulsar-topic');
        return subscriptionCommands(topic, s, dlt && pulsarTopicName(dlt));
      }),
  );
  const lines = [
    '#!/usr/bin/env bash',
    `# Pulsar tenants, namespaces, topics and subscriptions of ${JSON.stringify(commentText(design.name))}. Generated by Queuewright.`,
    '#',
    '# Runs pulsar-admin against $PULSAR_CLUSTER (default: standalone); only policies the design sets',
    "# are given, the broker's defaults the rest. pulsar-admin fails on a resource that exists.",
    'set -euo pipefail',
    'PULSAR_CLUSTER="${PULSAR_CLUSTER:-standalone}"',
    '',
    ...tenants.map((t) => command(['tenants', 'create', shellQuote(t), '--allowed-clusters', '"$PULSAR_CLUSTER"'])),
    ...[...namespaces].flatMap(([ns, members]) => [
      ...(BUILT_IN_NAMESPACES.has(ns) ? [] : [command(['namespaces', 'create', shellQuote(ns), '--clusters', '"$PULSAR_CLUSTER"'])]),
      ...namespacePolicies(ns, members, written),
      ...(members.some((t) => t.offloadDriver)
        ? [`# Tiered storage of ${commentText(ns)}: the offload driver (${commentText(members.find((t) => t.offloadDriver)!.offloadDriver!)}) is the broker's managedLedgerOffloadDriver setting`]
        : []),
    ]),
    ...topics.flatMap(topicCommands),
    ...subscriptionLines,
  ];
  return `${lines.join('\n')}\n`;
}

export const pulsarAdminExporter: Exporter = {
  id: 'pulsar-admin',
  label: 'pulsar-admin script (Apache Pulsar)',
  description: 'A bash script of pulsar-admin commands that creates the tenants, namespaces with their policies, topics and subscriptions.',
  language: 'shell',
  export(design) {
    if (!design.nodes.some((n) => n.kind === 'pulsar-topic')) return { ok: false, errors: [{ message: 'The design has no Pulsar topic to create.' }] };
    return { ok: true, files: [{ path: 'pulsar/pulsar-admin.sh', content: pulsarAdminScript(design) }] };
  },
};
