import { describe, isRecord, short, str, type DesignBuilder } from './builder';
import type { Sections } from './rabbitmq-definitions-scope';

/**
 * What a RabbitMQ definitions file holds that a design does not: users,
 * permissions, global parameters, vhost limits, shovels, federation and other
 * runtime parameters. Each is named in the report, never silently dropped.
 */
export function noteSkipped(b: DesignBuilder, lists: Sections): void {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (lists.users?.length) b.note('users', `${plural(lists.users.length, 'user is', 'users are')} not imported: designs hold no credentials.`);
  if (lists.permissions?.length) b.note('permissions', `${plural(lists.permissions.length, 'permission is', 'permissions are')} not imported.`);
  if (lists.topic_permissions?.length) b.note('topic_permissions', `${plural(lists.topic_permissions.length, 'topic permission is', 'topic permissions are')} not imported.`);
  const globals = (lists.global_parameters ?? []).filter((g) => !(isRecord(g) && (g.name === 'cluster_name' || String(g.name).startsWith('internal'))));
  if (globals.length) b.note('global_parameters', `${plural(globals.length, 'global parameter is', 'global parameters are')} not imported.`);
  (lists.vhosts ?? []).forEach((v, i) => {
    if (!isRecord(v)) return;
    const limits = v.limits;
    if ((Array.isArray(limits) && limits.length > 0) || (isRecord(limits) && Object.keys(limits).length > 0)) b.note(`vhosts[${i}].limits`, 'vhost limits are not represented in the design.');
  });
  (lists.parameters ?? []).forEach((p, i) => {
    const path = `parameters[${i}]`;
    if (!isRecord(p)) return b.note(path, 'Not an object; skipped.');
    const name = short(String(p.name ?? ''));
    const value = isRecord(p.value) ? p.value : {};
    switch (p.component) {
      case 'shovel': {
        const src = str(value['src-queue']) ?? str(value['src-exchange']) ?? '?';
        const dest = str(value['dest-queue']) ?? str(value['dest-exchange']) ?? '?';
        b.note(path, `Shovel "${name}" (moves messages from ${short(src)} to ${short(dest)}) is not represented in the design.`);
        break;
      }
      case 'federation-upstream':
        b.note(
          path,
          `Federation upstream "${name}"${str(value.queue) ? ` (queue ${short(str(value.queue)!)})` : ''}${str(value.exchange) ? ` (exchange ${short(str(value.exchange)!)})` : ''} is not represented in the design (its URI is not shown).`,
        );
        break;
      case 'federation-upstream-set':
        b.note(path, `Federation upstream set "${name}" is not represented in the design.`);
        break;
      case 'vhost-limits':
        b.note(path, `vhost limits "${name}" are not represented in the design.`);
        break;
      case 'operator_policy':
        b.note(path, `Operator policy "${name}" is not represented in the design.`);
        break;
      default:
        b.note(path, `Runtime parameter "${name}" (component ${describe(p.component)}) is not represented in the design.`);
    }
  });
}
