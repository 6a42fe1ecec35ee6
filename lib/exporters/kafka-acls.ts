import type { KafkaAcl, KafkaPrincipal } from '../design';
import { transactionalIdResource } from '../rules/kafka/_transactional-ids';
import { groupIdOf, type KafkaClient } from './kafka-common';

/**
 * The ACLs a Kafka principal needs, and what Kafka's authorizer already
 * allows. A service's connections say what it does (read and write topics,
 * consume in a group, run transactions); a declared principal says what it
 * may do. An export writes the declared rules as they are (prefixes, deny
 * rules, Create, cluster rules, hosts) and adds only what a connection needs
 * that no declared rule allows, so a principal read from a file is written
 * back unchanged, and a connection drawn later still works.
 */

/** What each operation implies (AclAuthorizer / StandardAuthorizer): Describe comes with Read, Write, Delete and Alter. */
const IMPLIES: Partial<Record<KafkaAcl['operations'][number], ReadonlyArray<KafkaAcl['operations'][number]>>> = {
  Describe: ['Read', 'Write', 'Delete', 'Alter'],
  DescribeConfigs: ['AlterConfigs'],
};

/** Whether an allow rule of `acls` lets the principal do `operation` on the named resource. */
export function allows(acls: readonly KafkaAcl[], type: KafkaAcl['resource']['type'], name: string, operation: KafkaAcl['operations'][number]): boolean {
  return acls.some((acl) => {
    if (acl.type !== 'allow' || acl.resource.type !== type) return false;
    const pattern = acl.resource.name ?? '';
    const matches = acl.resource.patternType === 'prefix' ? name.startsWith(pattern) : pattern === '*' || pattern === name;
    if (!matches) return false;
    return acl.operations.some((op) => op === operation || op === 'All' || (IMPLIES[operation] ?? []).includes(op));
  });
}

/** The literal rules a service's connections need: Describe and Write on what it writes, Describe and Read on what it reads, its group and transactional id. */
export function neededAcls(client: KafkaClient): KafkaAcl[] {
  const ops = new Map<string, Set<KafkaAcl['operations'][number]>>();
  const add = (topic: string, operation: 'Read' | 'Write') => {
    const set = ops.get(topic) ?? new Set<KafkaAcl['operations'][number]>(['Describe']);
    set.add(operation);
    ops.set(topic, set);
  };
  client.writes.forEach((t) => add(t.name, 'Write'));
  client.reads.forEach((t) => add(t.name, 'Read'));
  const order = ['Describe', 'Read', 'Write'] as const;
  const acls: KafkaAcl[] = [...ops].map(([name, set]) => ({ type: 'allow', resource: { type: 'topic', name, patternType: 'literal' }, operations: order.filter((o) => set.has(o)) }));
  const node = client.node;
  if (node.kind === 'consumer-group' && client.reads.length > 0) acls.push({ type: 'allow', resource: { type: 'group', name: groupIdOf(node), patternType: 'literal' }, operations: ['Read'] });
  // Several instances each use <transactional.id>-<n>: the rule allows that prefix.
  const transactional = node.kind === 'producer' ? transactionalIdResource(node) : undefined;
  if (transactional) acls.push({ type: 'allow', resource: { type: 'transactionalId', ...transactional }, operations: ['Describe', 'Write'] });
  return acls;
}

/** The declared rules of `principal`, then each needed rule that they do not already allow (only its missing operations). */
export function principalAcls(principal: KafkaPrincipal | undefined, client: KafkaClient | undefined): KafkaAcl[] {
  const declared = principal?.acls ?? [];
  const added: KafkaAcl[] = [];
  for (const acl of client ? neededAcls(client) : []) {
    const name = acl.resource.name!;
    const missing = acl.operations.filter((op) => !allows(declared, acl.resource.type, name, op));
    if (missing.length > 0) added.push({ ...acl, operations: missing });
  }
  return [...declared, ...added];
}
