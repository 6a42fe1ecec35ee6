import { describe, fileStem, isRecord, short, str, type DesignBuilder } from './builder';
import type { ImportError, ImportOptions } from './importer';

/**
 * The sections of a RabbitMQ definitions file and the vhost each item is in:
 * a cluster-wide export names the vhost on every item, a newer single-vhost
 * export names it once, an older per-vhost export (GET /api/definitions/{vhost},
 * 3.x) names it nowhere, so it comes from the `vhost` option or the file name.
 */

export type Rec = Record<string, unknown>;

export const SECTIONS = ['users', 'vhosts', 'permissions', 'topic_permissions', 'parameters', 'global_parameters', 'policies', 'queues', 'exchanges', 'bindings'] as const;
export type Sections = Partial<Record<(typeof SECTIONS)[number], unknown[]>>;

/** Sections only a cluster-wide export has: a file with none of them and no vhost on its items is a per-vhost export. */
const CLUSTER_WIDE_SECTIONS = ['users', 'vhosts', 'permissions', 'topic_permissions', 'global_parameters'] as const;

/** The vhost of an item, or undefined (with an error recorded) when the file does not give one. */
export type VhostOf = (item: Rec, path: string, what: string) => string | undefined;

/** Each section the file has, as a list; an error for a section of the wrong type or a file with none that matter. */
export function readSections(defs: Rec): { ok: true; lists: Sections } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const lists: Sections = {};
  for (const section of SECTIONS) {
    const value = defs[section];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) errors.push({ path: section, message: `"${section}" must be a list, not ${typeof value}.` });
    else lists[section] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!lists.queues && !lists.exchanges && !lists.bindings && !lists.policies && !lists.vhosts) {
    return { ok: false, errors: [{ message: 'This JSON has none of "queues", "exchanges", "bindings", "policies" or "vhosts": it is not a RabbitMQ definitions file.' }] };
  }
  return { ok: true, lists };
}

export interface VhostScope {
  /** An older per-vhost export, whose items name no vhost. */
  perVhostExport: boolean;
  /** The vhost of a per-vhost export, from the option or the file name. */
  namedVhost: string | undefined;
  /** The one vhost every item without its own is in, for single-vhost and per-vhost exports. */
  singleVhost: string | undefined;
  vhostOf: VhostOf;
}

/**
 * Works out which kind of export this is and how an item's vhost is found. A
 * missing or invalid vhost is pushed on `errors` (at most 20 of them).
 */
export function vhostScope(defs: Rec, lists: Sections, errors: ImportError[], fileName: string | undefined, options: ImportOptions): VhostScope {
  const items = [lists.queues, lists.exchanges, lists.bindings].flatMap((l) => l ?? []);
  const perVhostExport =
    defs.rabbitmq_definition_format !== 'single_virtual_host' &&
    CLUSTER_WIDE_SECTIONS.every((section) => defs[section] === undefined) &&
    items.length > 0 &&
    items.every((item) => isRecord(item) && item.vhost === undefined);
  const namedVhost = perVhostExport ? options.vhost || vhostFromFileName(fileName) : undefined;
  const singleVhost = defs.rabbitmq_definition_format === 'single_virtual_host' ? (str(defs.original_vhost_name) ?? '/') : namedVhost;
  const vhostOf: VhostOf = (item, path, what) => {
    const vhost = item.vhost;
    if (typeof vhost === 'string' && vhost !== '') return vhost;
    if (singleVhost !== undefined && vhost === undefined) return singleVhost;
    if (errors.length < 20) {
      errors.push({
        path: `${path}.vhost`,
        message:
          vhost !== undefined
            ? `${what} has an invalid "vhost" ${describe(vhost)}.`
            : perVhostExport
              ? `${what} has no "vhost": this is a per-vhost export (GET /api/definitions/{vhost}); say which vhost it is with --vhost.`
              : `${what} has no "vhost". This file lists users, vhosts or permissions, so it is a cluster-wide export, and RabbitMQ's import (rabbitmqctl import_definitions, load_definitions) needs the vhost of every queue, exchange, binding and policy in it.`,
      });
    }
    return undefined;
  };
  return { perVhostExport, namedVhost, singleVhost, vhostOf };
}

/** Says where a per-vhost export's items were put. */
export function notePerVhostExport(b: DesignBuilder, scope: VhostScope, options: ImportOptions): void {
  if (!scope.perVhostExport) return;
  const { namedVhost } = scope;
  b.note(
    '',
    namedVhost === undefined
      ? 'This is a per-vhost export (GET /api/definitions/{vhost}), whose items name no vhost, and neither --vhost nor the file name gives one.'
      : `This is a per-vhost export (GET /api/definitions/{vhost}): its items name no vhost, so they are put in vhost "${short(namedVhost)}", ${options.vhost ? 'as --vhost says' : 'taken from the file name (say another with --vhost)'}. POST /api/definitions/{vhost} imports such a file; rabbitmqctl import_definitions needs each item's vhost, as Queuewright's export writes it.`,
  );
}

export interface DeclaredVhosts {
  /** Notes (once per vhost) an item in a vhost the file does not declare. */
  checkVhost: (vhost: string, path: string) => void;
  /** Each declared vhost's `default_queue_type`. */
  defaultQueueType: Map<string, string>;
}

/** The `vhosts` section: declared names and default queue types. */
export function readVhosts(b: DesignBuilder, vhosts: unknown[], singleVhost: string | undefined): DeclaredVhosts {
  const declared = new Set<string>();
  const defaultQueueType = new Map<string, string>();
  vhosts.forEach((v, i) => {
    if (!isRecord(v) || typeof v.name !== 'string') return b.note(`vhosts[${i}]`, 'A vhost without a name is skipped.');
    declared.add(v.name);
    const meta = isRecord(v.metadata) ? v.metadata : undefined;
    const dqt = str(v.default_queue_type) ?? str(meta?.default_queue_type);
    if (dqt) defaultQueueType.set(v.name, dqt);
  });
  const undeclared = new Set<string>();
  const checkVhost = (vhost: string, path: string) => {
    if (singleVhost !== undefined || declared.has(vhost) || undeclared.has(vhost)) return;
    undeclared.add(vhost);
    b.note(path, `vhost "${short(vhost)}" is not declared in "vhosts"; it must already exist on the broker this file is imported into.`);
  };
  return { checkVhost, defaultQueueType };
}

/** The cluster's name, from the `cluster_name` global parameter. */
export function clusterNameOf(globals: unknown[] | undefined): string | undefined {
  for (const g of globals ?? []) {
    if (isRecord(g) && g.name === 'cluster_name' && typeof g.value === 'string' && g.value.trim() !== '') return g.value;
  }
  return undefined;
}

/** The vhost a per-vhost export's file name gives (`%2F.json` is the default vhost). */
function vhostFromFileName(fileName: string | undefined): string | undefined {
  const stem = fileStem(fileName);
  if (!stem) return undefined;
  try {
    return decodeURIComponent(stem);
  } catch {
    return stem;
  }
}
