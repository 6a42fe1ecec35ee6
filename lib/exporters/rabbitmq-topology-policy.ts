import type { RabbitmqPolicy } from '../design';
import type { ResolvedRabbitmqQueue } from '../brokers/rabbitmq/resolve';
import { atLeast, versionLabel, type ArgumentValue, type PolicyDefinition, type RabbitVersion } from './rabbitmq-topology-model';

/**
 * RabbitMQ policy definitions as the broker validates them, and whether a
 * queue's own `policy` is what a declared policy already gives it.
 */

type PolicyCheck = (value: ArgumentValue | string[]) => string | undefined;
const nonNegativeInt: PolicyCheck = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'a whole number ≥ 0');
const positiveInt: PolicyCheck = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'a whole number > 0');
const anyString: PolicyCheck = (v) => (typeof v === 'string' ? undefined : 'a string');
const oneOf =
  (...values: string[]): PolicyCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `one of ${values.map((x) => `"${x}"`).join(', ')}`;

/**
 * Policy keys, with the value the broker validates (`rabbit_policies`,
 * `rabbit_mirror_queue_misc`, 3.10), and the versions they exist in. Unknown
 * keys make the broker refuse the whole policy. The federation keys belong to
 * the rabbitmq_federation plugin (shipped with RabbitMQ, off by default): a
 * broker with it enabled accepts them, so they are written, and the export
 * says the plugin is needed.
 */
const POLICY_KEYS: Record<string, { check: PolicyCheck; since?: [number, number]; until?: [number, number]; plugin?: string }> = {
  'alternate-exchange': { check: anyString },
  'federation-upstream': { check: anyString, plugin: 'rabbitmq_federation' },
  'federation-upstream-set': { check: anyString, plugin: 'rabbitmq_federation' },
  'message-ttl': { check: nonNegativeInt },
  expires: { check: positiveInt },
  'max-length': { check: nonNegativeInt },
  'max-length-bytes': { check: nonNegativeInt },
  overflow: { check: oneOf('drop-head', 'reject-publish', 'reject-publish-dlx') },
  'dead-letter-exchange': { check: anyString },
  'dead-letter-routing-key': { check: anyString },
  'dead-letter-strategy': { check: oneOf('at-most-once', 'at-least-once'), since: [3, 10] },
  'delivery-limit': { check: nonNegativeInt },
  'max-in-memory-length': { check: nonNegativeInt, until: [4, 0] },
  'max-in-memory-bytes': { check: nonNegativeInt, until: [4, 0] },
  'queue-mode': { check: oneOf('default', 'lazy') },
  'queue-version': { check: (v) => (v === 1 || v === 2 ? undefined : '1 or 2'), since: [3, 10] },
  'max-age': { check: (v) => (typeof v === 'string' && /^\d+(Y|M|D|h|m|s)$/.test(v) ? undefined : 'a number with Y, M, D, h, m or s, e.g. "7D"'), since: [3, 9] },
  'stream-max-segment-size-bytes': { check: positiveInt, since: [3, 9] },
  'queue-master-locator': { check: oneOf('client-local', 'min-masters', 'random') },
  'queue-leader-locator': { check: oneOf('client-local', 'balanced'), since: [3, 10] },
  'consumer-timeout': { check: positiveInt, since: [3, 12] },
  'ha-mode': { check: oneOf('all', 'exactly', 'nodes'), until: [4, 0] },
  // A count for ha-mode exactly, a list of node names for ha-mode nodes (checked together below).
  'ha-params': { check: (v) => (Array.isArray(v) ? undefined : positiveInt(v) && 'a whole number > 0, or a list of node names'), until: [4, 0] },
  'ha-sync-mode': { check: oneOf('manual', 'automatic'), until: [4, 0] },
  'ha-sync-batch-size': { check: positiveInt, until: [4, 0] },
  'ha-promote-on-shutdown': { check: oneOf('always', 'when-synced'), until: [4, 0] },
  'ha-promote-on-failure': { check: oneOf('always', 'when-synced'), until: [4, 0] },
};

/**
 * A policy definition as the broker validates it, or `undefined` after
 * reporting (through `fail`) every key it would refuse. Also returns the
 * plugin its keys need.
 */
export function checkPolicy(definition: RabbitmqPolicy['definition'], version: RabbitVersion, fail: (message: string) => void): { definition: PolicyDefinition; plugin?: string } | undefined {
  const out: PolicyDefinition = {};
  let ok = true;
  let plugin: string | undefined;
  const refuse = (message: string) => {
    fail(message);
    ok = false;
  };
  for (const [key, value] of Object.entries(definition)) {
    const rule = Object.hasOwn(POLICY_KEYS, key) ? POLICY_KEYS[key] : undefined;
    if (!rule) {
      refuse(`sets "${key}", which is not a policy key RabbitMQ knows (it refuses the whole policy).`);
      continue;
    }
    if (rule.since && !atLeast(version, rule.since[0], rule.since[1])) {
      refuse(`sets "${key}", which needs RabbitMQ ${rule.since[0]}.${rule.since[1]} or later; the target is ${versionLabel(version)}.`);
      continue;
    }
    if (rule.until && atLeast(version, rule.until[0], rule.until[1])) {
      refuse(`sets "${key}", which RabbitMQ ${rule.until[0]}.${rule.until[1]} removed; the target is ${versionLabel(version)}.`);
      continue;
    }
    const problem = rule.check(value);
    if (problem) {
      refuse(`sets "${key}" to ${JSON.stringify(value)}; RabbitMQ expects ${problem}.`);
      continue;
    }
    if (rule.plugin) plugin = rule.plugin;
    out[key] = value;
  }
  const mode = out['ha-mode'];
  const params = out['ha-params'];
  if (mode === 'exactly' && typeof params !== 'number') refuse('sets ha-mode "exactly" without a number of mirrors in ha-params.');
  if (mode === 'nodes' && !Array.isArray(params)) refuse('sets ha-mode "nodes" without a list of node names in ha-params.');
  if (mode === 'all' && params !== undefined) refuse('sets ha-params with ha-mode "all", which RabbitMQ refuses.');
  if (mode === undefined && (params !== undefined || out['ha-sync-mode'] !== undefined)) refuse('sets ha-params or ha-sync-mode without ha-mode.');
  return ok ? { definition: out, ...(plugin ? { plugin } : {}) } : undefined;
}

/** Policy keys that are connections in the design (dead-letter and alternate exchanges), not a queue's `policy`. */
const CONNECTION_POLICY_KEYS = new Set(['dead-letter-exchange', 'dead-letter-routing-key', 'alternate-exchange']);

/**
 * Whether a queue's `policy` is exactly what `policy` gives it, leaving out
 * the keys that are connections and the list values a queue's `policy`
 * cannot hold (so the queue says nothing about them).
 */
export function sameQueueKeys(queuePolicy: ResolvedRabbitmqQueue['policy'], policy: RabbitmqPolicy | undefined): boolean {
  const given = Object.entries(policy?.definition ?? {}).filter(([key, value]) => !CONNECTION_POLICY_KEYS.has(key) && !Array.isArray(value));
  const own = Object.entries(queuePolicy ?? {});
  return given.length === own.length && given.every(([key, value]) => JSON.stringify(queuePolicy?.[key]) === JSON.stringify(value));
}
