import { KAFKA_ACL_OPERATIONS } from '../design';
import { describe, isRecord, str, type DesignBuilder } from './builder';

/** One rule of a Strimzi KafkaUser's `spec.authorization.acls` (simple authorization), checked as Kafka checks it. */

const OPERATIONS = new Set<string>(KAFKA_ACL_OPERATIONS);
const RESOURCE_TYPES = new Set(['topic', 'group', 'transactionalId', 'cluster']);

/** A rule the import keeps: what it reads from it, and the rule as declared on the principal. */
export interface StrimziAclRule {
  type: string;
  patternType: 'literal' | 'prefix';
  /** Undefined for a cluster rule, which names no resource. */
  resourceName: string | undefined;
  ops: string[];
  deny: boolean;
  declared: Record<string, unknown>;
}

/**
 * The rule at `path`, or undefined (with a note saying why) when Kafka would
 * refuse it: no or unknown operations, an unknown resource or pattern type, or
 * a named resource without a name. `v1` is whether the document is
 * kafka.strimzi.io/v1, which no longer takes the singular `operation`.
 */
export function readAclRule(acl: unknown, path: string, v1: boolean, b: DesignBuilder): StrimziAclRule | undefined {
  const skip = (where: string, message: string): undefined => {
    b.note(where, message);
    return undefined;
  };
  if (!isRecord(acl)) return skip(path, 'Not an ACL rule; skipped.');
  const resource = isRecord(acl.resource) ? acl.resource : {};
  const ops = [
    ...new Set<string>([...(Array.isArray(acl.operations) ? acl.operations.filter((o): o is string => typeof o === 'string') : []), ...(typeof acl.operation === 'string' ? [acl.operation] : [])]),
  ];
  if (ops.length === 0) return skip(path, 'An ACL rule without operations is skipped.');
  if (typeof acl.operation === 'string' && v1) b.note(`${path}.operation`, 'kafka.strimzi.io/v1 requires "operations" (a list); the singular "operation" is from v1beta2 and older.');
  const unknownOps = ops.filter((o) => !OPERATIONS.has(o));
  if (unknownOps.length > 0)
    return skip(
      path,
      `Operation${unknownOps.length > 1 ? 's' : ''} ${unknownOps.map((o) => describe(o)).join(', ')} ${unknownOps.length > 1 ? 'are' : 'is'} not Kafka ACL operation${unknownOps.length > 1 ? 's' : ''}; the rule is skipped.`,
    );
  const type = str(resource.type);
  if (!type || !RESOURCE_TYPES.has(type)) return skip(`${path}.resource.type`, `ACL resource type ${describe(resource.type)} is not topic, group, transactionalId or cluster; the rule is skipped.`);
  const patternType = str(resource.patternType) ?? 'literal';
  if (patternType !== 'literal' && patternType !== 'prefix') return skip(`${path}.resource.patternType`, `Pattern type ${describe(patternType)} is not literal or prefix; the rule is skipped.`);
  const resourceName = type === 'cluster' ? undefined : str(resource.name);
  if (type !== 'cluster' && resourceName === undefined) return skip(`${path}.resource`, `A ${type} rule without a name is skipped.`);
  const deny = acl.type === 'deny';
  return {
    type,
    patternType,
    resourceName,
    ops,
    deny,
    declared: {
      type: deny ? 'deny' : 'allow',
      resource: { type, ...(resourceName !== undefined ? { name: resourceName, patternType } : {}) },
      operations: ops,
      ...(typeof acl.host === 'string' && acl.host !== '' ? { host: acl.host } : {}),
    },
  };
}
