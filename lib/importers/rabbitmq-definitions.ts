import { rabbitmqPolicySchema } from '../design';
import { parseDataText } from '../design/safe-parse-text';
import { builtInExchange } from '../rabbitmq/built-in-exchanges';
import { compilePolicies, effectivePolicy, safeRegex, type CompiledPolicy, type PolicyTarget } from '../rabbitmq/policies';
import { DesignBuilder, RESERVED_KEYS, bool, describe, fileStem, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import type { ImportError, ImportOptions, ImportResult, Importer } from './importer';

/**
 * RabbitMQ `definitions.json` (rabbitmqctl export_definitions, the management
 * UI / HTTP API export, rabbitmqadmin export), cluster-wide or of one vhost:
 * a newer single-virtual-host export names its vhost once; an older one
 * (`GET /api/definitions/{vhost}`, RabbitMQ 3.x) names it nowhere, so it is
 * taken from the `vhost` option (the CLI's `--vhost`) or, without one, from
 * the file name, with a note.
 *
 * Mapping:
 * - one RabbitMQ cluster (name from the `cluster_name` global parameter,
 *   version from `rabbitmq_version` / `rabbit_version`);
 * - exchanges and queues → nodes, in their vhost; `amq.*` names are built in
 *   (RabbitMQ skips them on import): a built-in exchange becomes a node only
 *   when a binding uses it, a server-named `amq.gen-*` queue is skipped;
 * - queue type from `arguments["x-queue-type"]`, else the exported `type`, else
 *   the vhost's `default_queue_type`, else classic;
 * - `x-dead-letter-exchange` / `x-dead-letter-routing-key` → the queue's
 *   dead-letter connection; other x-arguments the design knows → the queue's
 *   arguments; the rest are reported;
 * - policies are kept on the cluster as declared (name, vhost, pattern,
 *   apply-to, priority, keys), so they still match the queues made later;
 *   for the review, each queue and exchange also gets what its policy gives
 *   it (the matching policy of highest priority, as RabbitMQ applies it): a
 *   policy's `dead-letter-exchange` becomes the dead-letter connection (unless
 *   the queue has the argument, which wins), its `alternate-exchange` an
 *   alternate connection, its other keys the queue's `policy` field;
 * - bindings → bind connections (routing key and arguments kept); a binding
 *   whose source or destination is not in the file is reported;
 * - users, permissions, topic permissions, vhosts' limits, global parameters
 *   are skipped with a note; shovels and federation upstreams are reported.
 *
 * Refused: text that is not a JSON object, sections of the wrong type, and
 * items without `vhost` in a cluster-wide file (one with users, vhosts or
 * permissions: RabbitMQ's own import rejects them).
 */

const EXCHANGE_TYPES = new Set(['direct', 'fanout', 'topic', 'headers']);
const QUEUE_TYPES = new Set(['classic', 'quorum', 'stream']);

/** x-arguments the queue node holds, by name. */
const QUEUE_ARGUMENTS = new Set([
  'x-message-ttl', 'x-expires', 'x-max-length', 'x-max-length-bytes', 'x-overflow', 'x-delivery-limit', 'x-dead-letter-strategy',
  'x-single-active-consumer', 'x-max-priority', 'x-quorum-initial-group-size', 'x-max-age', 'x-queue-mode', 'x-consumer-timeout',
]);
const SECTIONS = ['users', 'vhosts', 'permissions', 'topic_permissions', 'parameters', 'global_parameters', 'policies', 'queues', 'exchanges', 'bindings'] as const;
const INFORMATIONAL_KEYS = new Set([
  'rabbit_version', 'rabbitmq_version', 'product_name', 'product_version', 'rabbitmq_definition_format', 'original_cluster_name',
  'original_vhost_name', 'explanation', 'metadata', 'description', 'limits',
]);
/** Longest queue or exchange name RabbitMQ accepts (bytes; characters here, which is at least as strict for ASCII). */
const MAX_RESOURCE_NAME = 255;
/**
 * Policy evaluation stops after this many pattern tests (queues and exchanges
 * times policies), so a file with many of both cannot stall the import. A
 * count, not a clock: the same file imports the same way on a busy machine.
 */
const POLICY_MATCH_BUDGET = 2_000_000;
/** Sections only a cluster-wide export has: a file with none of them and no vhost on its items is a per-vhost export. */
const CLUSTER_WIDE_SECTIONS = ['users', 'vhosts', 'permissions', 'topic_permissions', 'global_parameters'] as const;

type Rec = Record<string, unknown>;

interface Policy {
  index: number;
  name: string;
  vhost: string;
  pattern: string;
  applyTo: 'all' | 'queues' | 'exchanges' | 'classic_queues' | 'quorum_queues' | 'streams';
  priority: number;
  definition: Rec;
}

export const rabbitmqDefinitionsImporter: Importer = {
  id: 'rabbitmq-definitions',
  label: 'RabbitMQ definitions.json',
  detect(text) {
    const start = head(text);
    if (!/^\s*\{/.test(start)) return false;
    if (/"(rabbit_version|rabbitmq_version|rabbitmq_definition_format)"\s*:/.test(start)) return true;
    return /"(queues|exchanges)"\s*:\s*\[/.test(start) && /"(bindings|vhosts|policies|permissions)"\s*:\s*\[/.test(start);
  },
  import: (text, fileName, options) => guard(() => importDefinitions(text, fileName, options)),
};

function importDefinitions(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseDataText(text, 'json', { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const defs = parsed.data;
  if (!isRecord(defs)) return { ok: false, errors: [{ message: 'A definitions file is a JSON object with "queues", "exchanges", "bindings" and so on; this is not an object.' }] };

  const errors: ImportError[] = [];
  const lists: Partial<Record<(typeof SECTIONS)[number], unknown[]>> = {};
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

  // A newer management export of one vhost carries the vhost name once, not on each item; an older one
  // (GET /api/definitions/{vhost}, 3.x) leaves it out of queues, exchanges and bindings (policies keep theirs):
  // its vhost comes from the user, else from the file name.
  const items = [lists.queues, lists.exchanges, lists.bindings].flatMap((l) => l ?? []);
  const perVhostExport =
    defs.rabbitmq_definition_format !== 'single_virtual_host' &&
    CLUSTER_WIDE_SECTIONS.every((section) => defs[section] === undefined) &&
    items.length > 0 &&
    items.every((item) => isRecord(item) && item.vhost === undefined);
  const namedVhost = perVhostExport ? (options.vhost || vhostFromFileName(fileName)) : undefined;
  const singleVhost = defs.rabbitmq_definition_format === 'single_virtual_host' ? str(defs.original_vhost_name) ?? '/' : namedVhost;
  const vhostOf = (item: Rec, path: string, what: string): string | undefined => {
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

  const b = new DesignBuilder();
  if (perVhostExport) {
    b.note(
      '',
      namedVhost === undefined
        ? 'This is a per-vhost export (GET /api/definitions/{vhost}), whose items name no vhost, and neither --vhost nor the file name gives one.'
        : `This is a per-vhost export (GET /api/definitions/{vhost}): its items name no vhost, so they are put in vhost "${short(namedVhost)}", ${options.vhost ? 'as --vhost says' : 'taken from the file name (say another with --vhost)'}. POST /api/definitions/{vhost} imports such a file; rabbitmqctl import_definitions needs each item's vhost, as Queuewright's export writes it.`,
    );
  }
  const version = str(defs.rabbitmq_version) ?? str(defs.rabbit_version);
  const clusterName = clusterNameOf(lists.global_parameters) ?? 'RabbitMQ';
  const cluster = b.addCluster(clusterName, 'rabbitmq', { ...(version ? { version: version.slice(0, 50) } : {}) }, 'global_parameters');

  for (const key of Object.keys(defs)) {
    if (!(SECTIONS as readonly string[]).includes(key) && !INFORMATIONAL_KEYS.has(key)) b.note(keyPath('', key), 'Unknown top-level key; RabbitMQ ignores it, and so does the import.');
  }
  noteSkipped(b, lists);

  // Vhosts: declared names and default queue types.
  const declaredVhosts = new Set<string>();
  const defaultQueueType = new Map<string, string>();
  (lists.vhosts ?? []).forEach((v, i) => {
    if (!isRecord(v) || typeof v.name !== 'string') return b.note(`vhosts[${i}]`, 'A vhost without a name is skipped.');
    declaredVhosts.add(v.name);
    const meta = isRecord(v.metadata) ? v.metadata : undefined;
    const dqt = str(v.default_queue_type) ?? str(meta?.default_queue_type);
    if (dqt) defaultQueueType.set(v.name, dqt);
  });
  const undeclaredVhosts = new Set<string>();
  const checkVhost = (vhost: string, path: string) => {
    if (singleVhost !== undefined || declaredVhosts.has(vhost) || undeclaredVhosts.has(vhost)) return;
    undeclaredVhosts.add(vhost);
    b.note(path, `vhost "${short(vhost)}" is not declared in "vhosts"; it must already exist on the broker this file is imported into.`);
  };

  const policies = readPolicies(b, lists.policies ?? [], vhostOf);

  // Exchanges.
  const exchangeId = new Map<string, string>(); // `${vhost}\u0000${name}` → node id
  const exchangeArgs: Array<{ id: string; vhost: string; args: Rec; path: string; name: string }> = [];
  (lists.exchanges ?? []).forEach((raw, i) => {
    const path = `exchanges[${i}]`;
    if (!isRecord(raw)) return b.note(path, 'Not an object; skipped.');
    const name = raw.name;
    if (typeof name !== 'string') return b.note(path, 'An exchange without a "name" is skipped (RabbitMQ rejects it).');
    const vhost = vhostOf(raw, path, `Exchange "${short(name)}"`);
    if (vhost === undefined) return;
    checkVhost(vhost, `${path}.vhost`);
    if (name === '') return b.note(path, 'The default exchange ("") is built in and cannot be declared; skipped.');
    if (name.startsWith('amq.')) return b.note(path, `"${short(name)}" is a built-in exchange (RabbitMQ skips amq.* names on import); it appears in the design only if a binding uses it.`);
    if (name.length > MAX_RESOURCE_NAME) return b.note(`${path}.name`, `The name is ${name.length} characters; RabbitMQ allows ${MAX_RESOURCE_NAME}. Skipped.`);
    const key = `${vhost}\u0000${name}`;
    if (exchangeId.has(key)) return b.note(path, `Exchange "${short(name)}" in vhost "${short(vhost)}" is declared twice; the first declaration is kept.`);
    let type = str(raw.type);
    if (type === undefined) {
      b.note(`${path}.type`, 'No exchange type (RabbitMQ requires one); direct is assumed.');
      type = 'direct';
    } else if (!EXCHANGE_TYPES.has(type)) {
      const args = isRecord(raw.arguments) ? raw.arguments : {};
      const delayed = str(args['x-delayed-type']);
      const mapped = delayed && EXCHANGE_TYPES.has(delayed) ? delayed : 'direct';
      b.note(`${path}.type`, `Exchange type "${short(type)}" comes from a plugin the design cannot represent; imported as a ${mapped} exchange.`);
      type = mapped;
    }
    const props: Rec = { vhost, type, cluster };
    const durable = bool(raw.durable);
    const autoDelete = bool(raw.auto_delete);
    const internal = bool(raw.internal);
    if (durable !== undefined) props.durable = durable;
    else b.note(`${path}.durable`, 'Missing "durable" (RabbitMQ requires it); durable is assumed.');
    if (autoDelete !== undefined) props.autoDelete = autoDelete;
    else b.note(`${path}.auto_delete`, 'Missing "auto_delete" (RabbitMQ requires it); false is assumed.');
    if (internal !== undefined) props.internal = internal;
    const id = b.addNode('rabbitmq-exchange', name, props, path);
    if (!id) return;
    exchangeId.set(key, id);
    if (raw.arguments !== undefined && !isRecord(raw.arguments)) b.note(`${path}.arguments`, 'Arguments must be an object; ignored.');
    else if (isRecord(raw.arguments)) exchangeArgs.push({ id, vhost, args: raw.arguments, path, name });
  });

  /** The exchange node for a name, adding a built-in amq.* exchange on first use. */
  const exchangeFor = (vhost: string, name: string, path: string): string | undefined => {
    const key = `${vhost}\u0000${name}`;
    const existing = exchangeId.get(key);
    if (existing) return existing;
    const builtIn = builtInExchange(name);
    if (!builtIn) return undefined;
    const id = b.addNode('rabbitmq-exchange', name, { vhost, type: builtIn.type, cluster, durable: true, autoDelete: false, internal: builtIn.internal }, path);
    if (!id) return undefined;
    exchangeId.set(key, id);
    b.note(path, `"${name}" is a built-in exchange of every vhost; it is in the design because a binding uses it (exports write the binding, never the exchange).`);
    return id;
  };

  /**
   * An alternate or dead-letter exchange the file names without declaring it: RabbitMQ accepts the name (the
   * exchange may be declared by another file or an application), so the design keeps it as an exchange declared
   * elsewhere, which exports link to by name and never declare. Bindings still need it declared (RabbitMQ refuses
   * a binding from or to a missing exchange), so `exchangeFor` never returns one of these.
   */
  const externalId = new Map<string, string>();
  const externalExchange = (vhost: string, name: string, path: string, what: string, lost: string): string | undefined => {
    const key = `${vhost}\u0000${name}`;
    const known = externalId.get(key);
    if (known) return known;
    const id = b.addNode('rabbitmq-exchange', name, { vhost, cluster, external: true }, path);
    if (!id) return undefined;
    externalId.set(key, id);
    b.note(path, `${what} "${short(name)}" is not declared in this file (vhost "${short(vhost)}"): it is kept as an exchange declared elsewhere (exports name it and never declare it; its type is unknown). Where it does not exist, ${lost}.`);
    return id;
  };

  // Queues.
  const queueId = new Map<string, string>();
  const deadLetters: Array<{ queue: string; vhost: string; exchange: unknown; routingKey: unknown; path: string; viaPolicy?: string }> = [];
  let matchesLeft = POLICY_MATCH_BUDGET;
  let policyBudgetNoted = false;
  const compiled: Array<CompiledPolicy<Policy>> = compilePolicies(policies);
  const policyFor = (target: PolicyTarget): Policy | undefined => {
    if (policies.length === 0) return undefined;
    matchesLeft -= compiled.length;
    if (matchesLeft < 0) {
      if (!policyBudgetNoted) b.note('policies', 'There are too many queues and policies to match; what the policies give was not worked out for the remaining queues and exchanges (the policies themselves are kept).');
      policyBudgetNoted = true;
      return undefined;
    }
    return effectivePolicy(compiled, target);
  };

  (lists.queues ?? []).forEach((raw, i) => {
    const path = `queues[${i}]`;
    if (!isRecord(raw)) return b.note(path, 'Not an object; skipped.');
    const name = raw.name;
    if (typeof name !== 'string' || name === '') return b.note(path, 'A queue without a "name" is skipped (RabbitMQ rejects it).');
    const vhost = vhostOf(raw, path, `Queue "${short(name)}"`);
    if (vhost === undefined) return;
    checkVhost(vhost, `${path}.vhost`);
    if (name.startsWith('amq.')) return b.note(path, `"${short(name)}" is a server-named queue (amq.*); RabbitMQ skips it on import, and so does the design.`);
    if (name.length > MAX_RESOURCE_NAME) return b.note(`${path}.name`, `The name is ${name.length} characters; RabbitMQ allows ${MAX_RESOURCE_NAME}. Skipped.`);
    const key = `${vhost}\u0000${name}`;
    if (queueId.has(key)) return b.note(path, `Queue "${short(name)}" in vhost "${short(vhost)}" is declared twice; the first declaration is kept.`);

    const args: Rec = raw.arguments === undefined || raw.arguments === null ? {} : isRecord(raw.arguments) ? raw.arguments : {};
    if (raw.arguments !== undefined && raw.arguments !== null && !isRecord(raw.arguments)) b.note(`${path}.arguments`, 'Arguments must be an object; ignored.');
    const argType = args['x-queue-type'];
    const topType = raw.type;
    let type: string | undefined;
    if (argType !== undefined) {
      if (typeof argType === 'string' && QUEUE_TYPES.has(argType)) type = argType;
      else b.note(keyPath(`${path}.arguments`, 'x-queue-type'), `Queue type ${describe(argType)} is not classic, quorum or stream; not kept (the queue gets its vhost's or the broker's default type).`);
      if (typeof topType === 'string' && topType !== argType && QUEUE_TYPES.has(topType)) {
        b.note(`${path}.type`, `"type" says ${topType} but x-queue-type says ${describe(argType)}; RabbitMQ declares the queue with the argument, and so does the design.`);
      }
    } else if (typeof topType === 'string' && QUEUE_TYPES.has(topType)) type = topType;
    else if (topType !== undefined) b.note(`${path}.type`, `Queue type ${describe(topType)} is not classic, quorum or stream; not kept (the queue gets its vhost's or the broker's default type).`);
    // Without a type of its own, a queue is its vhost's default_queue_type, which the file says; failing that the
    // type stays unset (the broker's default), never recorded as if the file had said classic.
    if (!type) {
      const dqt = defaultQueueType.get(vhost);
      if (dqt && QUEUE_TYPES.has(dqt)) type = dqt;
    }

    const props: Rec = { vhost, cluster, ...(type !== undefined ? { type } : {}) };
    const durable = bool(raw.durable);
    const autoDelete = bool(raw.auto_delete);
    if (durable !== undefined) props.durable = durable;
    else b.note(`${path}.durable`, 'Missing "durable" (RabbitMQ requires it); durable is assumed.');
    if (autoDelete !== undefined) props.autoDelete = autoDelete;
    else b.note(`${path}.auto_delete`, 'Missing "auto_delete" (RabbitMQ requires it); false is assumed.');
    if (bool(raw.exclusive) !== undefined) props.exclusive = bool(raw.exclusive);

    const queueArgs: Rec = {};
    for (const [arg, value] of Object.entries(args)) {
      const argPath = keyPath(`${path}.arguments`, arg);
      if (arg === 'x-queue-type' || arg === 'x-dead-letter-exchange' || arg === 'x-dead-letter-routing-key') continue;
      if (QUEUE_ARGUMENTS.has(arg)) queueArgs[arg] = value;
      else b.note(argPath, `Queue argument "${short(arg)}" = ${describe(value)} is not represented in the design.`);
    }
    props.arguments = queueArgs;

    // A policy's apply-to sees the queue's real type: without one, RabbitMQ's default, classic.
    const policy = policyFor({ kind: 'queue', vhost, name, queueType: type ?? 'classic' });
    if (policy) {
      const kept: Rec = {};
      for (const [k, v] of Object.entries(policy.definition)) {
        if (k === 'dead-letter-exchange' || k === 'dead-letter-routing-key' || k === 'alternate-exchange') continue;
        if (RESERVED_KEYS.has(k)) b.note(keyPath(`policies[${policy.index}].definition`, k), `A policy key named "${k}" cannot be kept in a design.`);
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') kept[k] = v;
        else b.note(keyPath(`policies[${policy.index}].definition`, k), `Policy key "${short(k)}" = ${describe(v)} is not a single value; it is not kept on queue "${short(name)}".`);
      }
      if (Object.keys(kept).length > 0) props.policy = kept;
    }

    const id = b.addNode('rabbitmq-queue', name, props, path);
    if (!id) return;
    queueId.set(key, id);

    const dlx = args['x-dead-letter-exchange'];
    const dlrk = args['x-dead-letter-routing-key'];
    if (dlx !== undefined) deadLetters.push({ queue: id, vhost, exchange: dlx, routingKey: dlrk, path: `${path}.arguments` });
    else if (policy && policy.definition['dead-letter-exchange'] !== undefined) {
      deadLetters.push({
        queue: id, vhost, exchange: policy.definition['dead-letter-exchange'], routingKey: dlrk ?? policy.definition['dead-letter-routing-key'],
        path: `policies[${policy.index}].definition`, viaPolicy: policy.name,
      });
    } else if (dlrk !== undefined) b.note(keyPath(`${path}.arguments`, 'x-dead-letter-routing-key'), 'A dead-letter routing key without a dead-letter exchange has no effect; not kept.');
  });

  // Dead-letter connections.
  for (const dl of deadLetters) {
    const exPath = dl.viaPolicy ? `${dl.path}.dead-letter-exchange` : keyPath(dl.path, 'x-dead-letter-exchange');
    if (typeof dl.exchange !== 'string') {
      b.note(exPath, `The dead-letter exchange must be a name, not ${describe(dl.exchange)}; not kept.`);
      continue;
    }
    if (dl.exchange === '') {
      b.note(exPath, 'Dead-lettering to the default exchange ("") routes straight to the queue named by the routing key; the design cannot show it, so it is not kept.');
      continue;
    }
    const target = exchangeFor(dl.vhost, dl.exchange, exPath) ?? externalExchange(dl.vhost, dl.exchange, exPath, 'Dead-letter exchange', 'dead-lettered messages are dropped');
    if (!target) continue;
    const props: Rec = {};
    if (typeof dl.routingKey === 'string') props.routingKey = dl.routingKey;
    else if (dl.routingKey !== undefined) b.note(exPath.replace(/exchange([^.]*)$/, 'routing-key$1'), `The dead-letter routing key must be text, not ${describe(dl.routingKey)}; not kept.`);
    b.connect('dead-letter', dl.queue, target, props, exPath);
  }

  // Alternate exchanges: the argument wins over a policy.
  const alternates = new Map<string, { name: unknown; path: string; vhost: string }>();
  for (const e of exchangeArgs) {
    for (const [arg, value] of Object.entries(e.args)) {
      if (arg === 'alternate-exchange') alternates.set(e.id, { name: value, path: keyPath(`${e.path}.arguments`, arg), vhost: e.vhost });
      else if (arg !== 'x-delayed-type') b.note(keyPath(`${e.path}.arguments`, arg), `Exchange argument "${short(arg)}" = ${describe(value)} is not represented in the design.`);
    }
  }
  for (const [key, id] of exchangeId) {
    const [vhost, name] = key.split('\u0000');
    const node = b.node(id);
    if (!node || name.startsWith('amq.')) continue;
    const policy = policyFor({ kind: 'exchange', vhost, name });
    const alternate = policy?.definition['alternate-exchange'];
    if (policy && alternate !== undefined && !alternates.has(id)) alternates.set(id, { name: alternate, path: keyPath(`policies[${policy.index}].definition`, 'alternate-exchange'), vhost });
  }
  for (const [from, alt] of alternates) {
    if (typeof alt.name !== 'string' || alt.name === '') {
      b.note(alt.path, `The alternate exchange must be a name, not ${describe(alt.name)}; not kept.`);
      continue;
    }
    const target = exchangeFor(alt.vhost, alt.name, alt.path) ?? externalExchange(alt.vhost, alt.name, alt.path, 'Alternate exchange', 'unroutable messages are dropped');
    if (target) b.connect('alternate', from, target, {}, alt.path);
  }

  // Bindings.
  (lists.bindings ?? []).forEach((raw, i) => {
    const path = `bindings[${i}]`;
    if (!isRecord(raw)) return b.note(path, 'Not an object; skipped.');
    const vhost = vhostOf(raw, path, 'Binding');
    if (vhost === undefined) return;
    checkVhost(vhost, `${path}.vhost`);
    const source = raw.source;
    const destination = raw.destination;
    const destinationType = raw.destination_type;
    if (typeof source !== 'string' || typeof destination !== 'string') return b.note(path, 'A binding needs a "source" and a "destination" name; skipped.');
    if (source === '') return b.note(`${path}.source`, `A binding from the default exchange ("") is implicit for every queue and cannot be declared; skipped.`);
    if (destinationType !== 'queue' && destinationType !== 'exchange') {
      return b.note(`${path}.destination_type`, `"destination_type" must be "queue" or "exchange", not ${describe(destinationType)}; the binding is skipped.`);
    }
    const from = exchangeFor(vhost, source, `${path}.source`);
    if (!from) return b.note(`${path}.source`, `The binding's source exchange "${short(source)}" is not declared in this file (vhost "${short(vhost)}"); RabbitMQ would refuse the binding. Skipped.`);
    const to = destinationType === 'queue' ? queueId.get(`${vhost}\u0000${destination}`) : exchangeFor(vhost, destination, `${path}.destination`);
    if (!to) {
      return b.note(
        `${path}.destination`,
        `The binding's destination ${destinationType} "${short(destination)}" is not declared in this file (vhost "${short(vhost)}")${destination.startsWith('amq.') ? ' or is server-named' : ''}; RabbitMQ would refuse the binding. Skipped.`,
      );
    }
    const props: Rec = {};
    if (typeof raw.routing_key === 'string') props.routingKey = raw.routing_key;
    else if (raw.routing_key !== undefined) b.note(`${path}.routing_key`, `The routing key must be text, not ${describe(raw.routing_key)}; "" is used.`);
    else b.note(`${path}.routing_key`, 'Missing "routing_key" (RabbitMQ requires it, "" for fanout and headers); "" is used.');
    if (isRecord(raw.arguments)) {
      const kept: Rec = {};
      for (const [k, v] of Object.entries(raw.arguments)) {
        if (RESERVED_KEYS.has(k)) b.note(keyPath(`${path}.arguments`, k), `A binding argument named "${k}" cannot be kept in a design.`);
        else if ((typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && k.length <= 255) kept[k] = v;
        else b.note(keyPath(`${path}.arguments`, k), `Binding argument ${describe(v)} is not a single value; not kept.`);
      }
      if (Object.keys(kept).length > 0) props.arguments = kept;
    }
    if (typeof props.routingKey === 'string' && (props.routingKey as string).length > 1000) {
      b.note(`${path}.routing_key`, 'The routing key is longer than 1000 characters (RabbitMQ allows 255 bytes); the binding is skipped.');
      return;
    }
    b.connect('bind', from, to, props, path);
  });

  // Each policy on its own, so one the design cannot hold does not take the others with it.
  const kept = policies.flatMap((p) => {
    const parsed = rabbitmqPolicySchema.safeParse(designPolicy(p));
    if (parsed.success) return [parsed.data];
    b.note(`policies[${p.index}]`, `Policy "${short(p.name)}" cannot be kept in the design: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'policy'}: ${i.message}`).join('; ').slice(0, 300)}.`);
    return [];
  });
  if (kept.length > 0) b.patchCluster(cluster, { policies: kept }, 'policies');

  if (errors.length > 0) return { ok: false, errors };
  return b.build(fileStem(fileName) ?? 'RabbitMQ definitions');
}

function clusterNameOf(globals: unknown[] | undefined): string | undefined {
  for (const g of globals ?? []) {
    if (isRecord(g) && g.name === 'cluster_name' && typeof g.value === 'string' && g.value.trim() !== '') return g.value;
  }
  return undefined;
}

function noteSkipped(b: DesignBuilder, lists: Partial<Record<(typeof SECTIONS)[number], unknown[]>>): void {
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
        b.note(path, `Federation upstream "${name}"${str(value.queue) ? ` (queue ${short(str(value.queue)!)})` : ''}${str(value.exchange) ? ` (exchange ${short(str(value.exchange)!)})` : ''} is not represented in the design (its URI is not shown).`);
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

function readPolicies(b: DesignBuilder, raw: unknown[], vhostOf: (item: Rec, path: string, what: string) => string | undefined): Policy[] {
  const out: Policy[] = [];
  raw.forEach((p, index) => {
    const path = `policies[${index}]`;
    if (!isRecord(p)) return b.note(path, 'Not an object; skipped.');
    const name = str(p.name);
    if (!name) return b.note(path, 'A policy without a "name" is skipped (RabbitMQ rejects it).');
    const vhost = vhostOf(p, path, `Policy "${short(name)}"`);
    if (vhost === undefined) return;
    if (!isRecord(p.definition) || Object.keys(p.definition).length === 0) return b.note(`${path}.definition`, `Policy "${short(name)}" has no definition; skipped.`);
    const pattern = p.pattern;
    if (typeof pattern !== 'string') return b.note(`${path}.pattern`, `Policy "${short(name)}" has no pattern; skipped.`);
    const applyTo = p['apply-to'] === undefined ? 'all' : p['apply-to'];
    if (typeof applyTo !== 'string' || !['all', 'queues', 'exchanges', 'classic_queues', 'quorum_queues', 'streams'].includes(applyTo)) {
      return b.note(`${path}.apply-to`, `"apply-to" ${describe(applyTo)} is not all, queues, exchanges, classic_queues, quorum_queues or streams; the policy is skipped.`);
    }
    if (['classic_queues', 'quorum_queues', 'streams'].includes(applyTo)) b.note(`${path}.apply-to`, `"apply-to": "${applyTo}" needs RabbitMQ 3.12 or later.`);
    const priority = p.priority === undefined ? 0 : int(p.priority);
    if (priority === undefined) b.note(`${path}.priority`, `Priority ${describe(p.priority)} is not a whole number; 0 is used.`);
    const regex = safeRegex(pattern);
    if (!regex.ok) b.note(`${path}.pattern`, `Pattern ${describe(pattern)} ${regex.reason}; the policy is kept, but what it gives each queue and exchange is not worked out.`);
    const definition: Rec = {};
    for (const [key, value] of Object.entries(p.definition)) {
      const keyAt = keyPath(`${path}.definition`, key);
      const list = Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (RESERVED_KEYS.has(key)) b.note(keyAt, `A policy key named "${key}" cannot be kept in a design.`);
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || list) definition[key] = value;
      else b.note(keyAt, `Policy key "${short(key)}" = ${describe(value)} is neither a single value nor a list of names; not kept.`);
    }
    out.push({ index, name, vhost, pattern, applyTo: applyTo as Policy['applyTo'], priority: priority ?? 0, definition });
  });
  return out;
}

/** The policy as the design keeps it on the cluster. */
function designPolicy(p: Policy): Rec {
  return { vhost: p.vhost, name: p.name, pattern: p.pattern, applyTo: p.applyTo, priority: p.priority, definition: p.definition };
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
