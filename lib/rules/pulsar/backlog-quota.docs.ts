import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (quota: Record<string, unknown>) => ({
  queuewright: 2,
  requirements: { ordering: 'none' },
  nodes: [
    { kind: 'producer', id: 'clickstream' },
    { kind: 'pulsar-topic', id: 'clicks', ...quota },
    { kind: 'pulsar-subscription', id: 'analytics', subscriptionType: 'Failover' },
    { kind: 'consumer-group', id: 'analytics-loader' },
  ],
  connections: [
    { from: 'clickstream', to: 'clicks' },
    { from: 'clicks', to: 'analytics' },
    { from: 'analytics', to: 'analytics-loader' },
  ],
});

/** The docs and examples of `pulsar/backlog-quota`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Pulsar keeps every message of a persistent topic until each subscription acknowledges it. A subscription whose consumers stopped (a crashed service, a forgotten test subscription) therefore pins its whole backlog on the bookies for as long as it exists. The broker's default backlog quota is unlimited and its default message TTL is off, so nothing bounds that growth: the bookies' disks, shared by every topic, fill up. A backlog quota (by size or by age) says what happens at a limit: hold producers, fail them, or evict the oldest backlog; a message TTL acknowledges old messages instead.",
  howToFix:
    'Set a backlog quota on the namespace (pulsar-admin namespaces set-backlog-quota --limit 10G --policy producer_request_hold, or a time limit with --limitTime) sized from the longest outage the consumers must survive, or a message TTL when old messages may be dropped. Alert on subscription backlogs either way.',
  sources: [PULSAR_DOCS.backlogQuotas, PULSAR_DOCS.retentionExpiry, PULSAR_DOCS.brokerConf],
  examples: { failing: design({}), passing: design({ backlogQuotaLimitBytes: 10_737_418_240, backlogQuotaPolicy: 'producer_request_hold' }) },
};
