import { parseDataText } from '../design/safe-parse-text';
import { DesignBuilder, fileStem, guard, head, isRecord, keyPath, parseErrors, str } from './builder';
import type { ImportError, ImportOptions, ImportResult, Importer } from './importer';
import { readBindings } from './rabbitmq-definitions-bindings';
import { ExchangeNodes, type DefinitionsContext } from './rabbitmq-definitions-context';
import { linkAlternates, readExchanges } from './rabbitmq-definitions-exchanges';
import { keepPolicies, policyMatcher, readPolicies } from './rabbitmq-definitions-policies';
import { linkDeadLetters, readQueues } from './rabbitmq-definitions-queues';
import { SECTIONS, clusterNameOf, notePerVhostExport, readSections, readVhosts, vhostScope } from './rabbitmq-definitions-scope';
import { noteSkipped } from './rabbitmq-definitions-skipped';

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
 *
 * Each section has its own reader beside this file (`rabbitmq-definitions-*.ts`).
 */

const INFORMATIONAL_KEYS = new Set([
  'rabbit_version',
  'rabbitmq_version',
  'product_name',
  'product_version',
  'rabbitmq_definition_format',
  'original_cluster_name',
  'original_vhost_name',
  'explanation',
  'metadata',
  'description',
  'limits',
]);

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

/**
 * Reads the sections in the order their references need: vhosts and policies
 * first, then exchanges, queues (which their policies are matched to),
 * dead-letter and alternate exchanges (which may name built-in or undeclared
 * exchanges), and bindings last, as they need both ends.
 */
function importDefinitions(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseDataText(text, 'json', { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const defs = parsed.data;
  if (!isRecord(defs)) return { ok: false, errors: [{ message: 'A definitions file is a JSON object with "queues", "exchanges", "bindings" and so on; this is not an object.' }] };
  const sections = readSections(defs);
  if (!sections.ok) return sections;
  const { lists } = sections;

  const errors: ImportError[] = [];
  const scope = vhostScope(defs, lists, errors, fileName, options);
  const b = new DesignBuilder();
  notePerVhostExport(b, scope, options);
  const version = str(defs.rabbitmq_version) ?? str(defs.rabbit_version);
  const cluster = b.addCluster(clusterNameOf(lists.global_parameters) ?? 'RabbitMQ', 'rabbitmq', { ...(version ? { version: version.slice(0, 50) } : {}) }, 'global_parameters');
  for (const key of Object.keys(defs)) {
    if (!(SECTIONS as readonly string[]).includes(key) && !INFORMATIONAL_KEYS.has(key)) b.note(keyPath('', key), 'Unknown top-level key; RabbitMQ ignores it, and so does the import.');
  }
  noteSkipped(b, lists);
  const { checkVhost, defaultQueueType } = readVhosts(b, lists.vhosts ?? [], scope.singleVhost);
  const policies = readPolicies(b, lists.policies ?? [], scope.vhostOf);
  const ctx: DefinitionsContext = { b, cluster, vhostOf: scope.vhostOf, checkVhost, policyFor: policyMatcher(b, policies), exchanges: new ExchangeNodes(b, cluster) };

  const exchangeArgs = readExchanges(ctx, lists.exchanges ?? []);
  const queues = readQueues(ctx, lists.queues ?? [], defaultQueueType);
  linkDeadLetters(ctx, queues.deadLetters);
  linkAlternates(ctx, exchangeArgs);
  readBindings(ctx, lists.bindings ?? [], queues.ids);
  keepPolicies(b, cluster, policies);

  if (errors.length > 0) return { ok: false, errors };
  return b.build(fileStem(fileName) ?? 'RabbitMQ definitions');
}
