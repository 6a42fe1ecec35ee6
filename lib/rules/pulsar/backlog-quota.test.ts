import { testRule } from '../rule-tester';
import { backlogQuota } from './backlog-quota';

const topic = (fields: Record<string, unknown> = {}) => ({ nodes: [{ kind: 'pulsar-topic', id: 't', ...fields }], connections: [] });

testRule(backlogQuota, {
  valid: [
    { name: 'a size quota', design: topic({ backlogQuotaLimitBytes: 1_073_741_824 }) },
    { name: 'a time quota', design: topic({ backlogQuotaLimitSeconds: 86_400, backlogQuotaPolicy: 'consumer_backlog_eviction' }) },
    { name: 'a message TTL', design: topic({ messageTtlSeconds: 3600 }) },
    { name: 'a non-persistent topic keeps no backlog', design: topic({ persistence: 'non-persistent' }) },
  ],
  invalid: [
    {
      name: 'the broker defaults: no quota, no TTL',
      design: topic(),
      findings: [{ target: 't', messageIncludes: 'no backlog quota and no message TTL' }],
      output: { nodes: { t: { backlogQuotaLimitBytes: 10 * 1024 ** 3, backlogQuotaPolicy: 'producer_request_hold' } } },
    },
    {
      name: 'quotas switched off explicitly',
      design: topic({ backlogQuotaLimitBytes: -1, backlogQuotaLimitSeconds: -1 }),
      findings: [{ target: 't', messageIncludes: 'grows without limit' }],
      output: { nodes: { t: { backlogQuotaLimitBytes: 10 * 1024 ** 3 } } },
    },
  ],
});
