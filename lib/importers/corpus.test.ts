import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDesignJson } from '../design';
import { readDesign } from '../design/read-design';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { chooseImporter, importText } from '../families';
import type { ImportResult } from './index';

/**
 * Every file of the shared corpus (real third-party topology files) either
 * imports or is refused with a specific reason. Each file has an expected
 * outcome here: a new corpus file fails this test until someone says what
 * should happen to it.
 */

interface Expect {
  /** The importer that detects the file; `null` when none should. */
  importer: string | null;
  ok: boolean;
  nodes?: number;
  connections?: number;
  /** Something the report (ok) or the errors (refused) must say. */
  says?: RegExp[];
}

const refused = (importer: string | null, ...says: RegExp[]): Expect => ({ importer, ok: false, says });
const imports = (importer: string, nodes: number, connections: number, ...says: RegExp[]): Expect => ({ importer, ok: true, nodes, connections, says });

const EXPECTED: Record<string, Expect> = {
  // AsyncAPI: Kafka and AMQP documents import; documents whose only servers speak protocols the design has no kinds for are refused, saying which.
  'asyncapi/asyncapi__spec__adeo-kafka-request-reply-3.0.0.yml': imports('asyncapi', 3, 2, /external reference/, /placed on the first, "production"/),
  'asyncapi/asyncapi__spec__adeo-kafka-request-reply-3.1.0.yml': imports('asyncapi', 3, 2, /external reference/),
  'asyncapi/asyncapi__spec__application-headers-3.0.0.yml': refused('asyncapi', /protocol "mqtt"/),
  'asyncapi/asyncapi__spec__correlation-id-3.0.0.yml': refused('asyncapi', /protocol "mqtt"/),
  'asyncapi/asyncapi__spec__gitter-streaming-3.0.0.yml': refused('asyncapi', /protocol "https"/),
  'asyncapi/asyncapi__spec__kraken-websocket-request-reply-message-filter-in-reply-3.0.0.yml': refused('asyncapi', /declares no servers and no channel has a Kafka, AMQP, NATS, SQS or SNS binding/),
  'asyncapi/asyncapi__spec__kraken-websocket-request-reply-multiple-channels-3.0.0.yml': refused('asyncapi', /declares no servers and no channel has a Kafka, AMQP, NATS, SQS or SNS binding/),
  'asyncapi/asyncapi__spec__mercure-3.0.0.yml': refused('asyncapi', /protocol "mercure"/),
  'asyncapi/asyncapi__spec__operation-security-3.0.0.yml': refused('asyncapi', /declares no servers and no channel has a Kafka, AMQP, NATS, SQS or SNS binding/),
  'asyncapi/asyncapi__spec__rpc-client-3.0.0.yml': imports('asyncapi', 3, 2, /has parameters/),
  'asyncapi/asyncapi__spec__rpc-server-2.6.0.yml': imports('asyncapi', 3, 2),
  'asyncapi/asyncapi__spec__rpc-server-3.0.0.yml': imports('asyncapi', 3, 2),
  'asyncapi/asyncapi__spec__simple-3.0.0.yml': refused('asyncapi', /declares no servers and no channel has a Kafka, AMQP, NATS, SQS or SNS binding/),
  'asyncapi/asyncapi__spec__slack-rtm-3.0.0.yml': refused('asyncapi', /protocol "https"/),
  'asyncapi/asyncapi__spec__streetlights-2.0.0.yml': refused('asyncapi', /protocol "mqtt"/),
  'asyncapi/asyncapi__spec__streetlights-kafka-2.6.0.yml': imports('asyncapi', 5, 4),
  'asyncapi/asyncapi__spec__streetlights-kafka-3.0.0.yml': imports('asyncapi', 5, 4),
  'asyncapi/asyncapi__spec__streetlights-mqtt-2.6.0.yml': refused('asyncapi', /protocol "mqtt"/),
  'asyncapi/asyncapi__spec__streetlights-mqtt-3.0.0.yml': refused('asyncapi', /protocol "mqtt"/),
  'asyncapi/asyncapi__spec__streetlights-operation-security-3.0.0.yml': imports('asyncapi', 5, 4, /Security/),
  'asyncapi/asyncapi__spec__websocket-gemini-3.0.0.yml': refused('asyncapi', /protocol "wss"/),

  // JulieOps: topic names built as JulieOps builds them. A descriptor that uses plans needs its plans file (JulieOps
  // refuses it alone, and so does the import of the one file); imported together they are in julie-ops.round-trip.test.ts.
  'julie/kafka-ops__julie__descriptor-with-plans.yaml': refused('julie-ops', /A plan definition is required if the topology uses them/),
  'julie/kafka-ops__julie__descriptor-with-rbac.yaml': imports('julie-ops', 5, 4, /RBAC role bindings: not represented/, /grants its consumers and producers the project's prefix/),
  'julie/kafka-ops__julie__descriptor.json': imports('julie-ops', 2, 0),
  'julie/kafka-ops__julie__descriptor.yaml': imports('julie-ops', 10, 8, /KSQL artefacts: not represented/, /which no project declares; no topic is added/),
  'julie/kafka-ops__julie__plans.yaml': refused('julie-ops', /JulieOps plans file/),
  'nats/nats-io__nats.java__ConsumerConfiguration.json': imports('nats-jetstream', 1, 0, /push consumer/, /max_waiting is for pull consumers/, /stream this consumer reads is not in the file/),
  'nats/nats-io__nats.java__StreamConfiguration.json': imports('nats-jetstream', 1, 0, /mirror and sources together/, /"MeMoRy" is read as "memory"/),
  'nats/nats-io__natscli__ORDERS_config.json': imports('nats-jetstream', 1, 0, /has no name/),
  'nats/nats-io__natscli__mem1_config.json': imports('nats-jetstream', 1, 0),
  'nats/nats-io__natscli__mem1_pull1_consumer.json': imports('nats-jetstream', 1, 0, /delivery_subject/),

  // RabbitMQ definitions.
  'rabbitmq/CZERTAINLY__Provisioning-RabbitMQ__definitions.json': imports('rabbitmq-definitions', 9, 6, /4 users are not imported/),
  'rabbitmq/Dokus-Tech__dokus__definitions.json': imports('rabbitmq-definitions', 4, 3),
  // Known invalid: a binding to queue "files", which the file does not declare. Reported, and the binding is not in the design.
  'rabbitmq/neicnordic__sensitive-data-archive__definitions-prefix-dangling-binding.json': imports('rabbitmq-definitions', 16, 14, /destination queue "files" is not declared/),
  'rabbitmq/neicnordic__sensitive-data-archive__definitions.json': imports('rabbitmq-definitions', 16, 14, /Shovel "completed"/),
  'rabbitmq/neicnordic__sensitive-data-archive__federation.json': imports('rabbitmq-definitions', 2, 0, /Federation upstream "from_cega"/, /vhost "sda" is not declared/),
  'rabbitmq/rabbitmq__cluster-operator__import-definitions.json': imports('rabbitmq-definitions', 3, 2),
  'rabbitmq/rabbitmq__rabbitmq-server__case1-policies-topic-exchange.json': imports('rabbitmq-definitions', 1, 0),
  'rabbitmq/rabbitmq__rabbitmq-server__case13-quorum-queue.json': imports('rabbitmq-definitions', 1, 0),
  'rabbitmq/rabbitmq__rabbitmq-server__case3-ha-policy-lazy-queues.json': imports('rabbitmq-definitions', 6, 3, /"amq.direct" is a built-in exchange/),
  'rabbitmq/rabbitmq__rabbitmq-server__case9a-multi-vhost-exchanges.json': imports(
    'rabbitmq-definitions',
    39,
    3,
    /server-named queue/,
    /Alternate exchange .* is not declared in this file .*: it is kept as an exchange declared elsewhere/,
  ),
  // Upstream's "failing" case for the cluster-wide import: queues without a vhost and no users or vhosts, which is
  // the shape of a per-vhost export (GET /api/definitions/{vhost}); the vhost comes from --vhost or the file name.
  'rabbitmq/rabbitmq__rabbitmq-server__failing-case21-mixed-queue-types.json': imports('rabbitmq-definitions', 3, 0, /per-vhost export \(GET \/api\/definitions\/\{vhost\}\)/),

  // Strimzi.
  'strimzi/knative-extensions__eventing-kafka-broker__sacura-kafka-topic.yaml': imports('strimzi', 1, 0, /min.insync.replicas/),
  'strimzi/knative-extensions__eventing-kafka-broker__user-sasl-scram-512-restricted.yaml': imports('strimzi', 1, 0, /starting with "knative-broker-" matches no topic/),
  'strimzi/knative-extensions__eventing-kafka-broker__user-tls.yaml': imports('strimzi', 1, 0, /topics "\*" matches no topic/),
  'strimzi/strimzi__client-examples__deployment-ssl-auth.yaml': imports('strimzi', 5, 4, /Document 4 \(apps\/v1 Deployment\)/, /v1beta1 is served only by Strimzi 0.x/),
  'strimzi/strimzi__strimzi-kafka-operator__kafka-topic-v1.yaml': imports('strimzi', 1, 0),
  'strimzi/strimzi__strimzi-kafka-operator__kafka-topic-v1beta2.yaml': imports('strimzi', 1, 0),
  // Users whose rules name topics the files do not declare: the rules stay on the user, no topic is made up.
  'strimzi/strimzi__strimzi-kafka-operator__kafka-user-tls-v1.yaml': imports('strimzi', 1, 0, /matches no topic this file declares/),
  'strimzi/strimzi__strimzi-kafka-operator__kafka-user-v1beta1.yaml': imports('strimzi', 1, 0, /matches no topic this file declares/),
  'strimzi/strimzi__strimzi-kafka-operator__scram-topic-v1.yaml': imports('strimzi', 1, 0),
  'strimzi/strimzi__strimzi-kafka-operator__scram-user-v1.yaml': imports('strimzi', 1, 0, /matches no topic this file declares/),

  // topicctl.
  'topicctl/segmentio__topicctl__local-cluster.yaml': imports('topicctl', 0, 0),
  'topicctl/segmentio__topicctl__topic-default.yaml': imports('topicctl', 1, 0, /described in its own cluster.yaml/),
  'topicctl/segmentio__topicctl__topic-static-in-rack.yaml': imports('topicctl', 1, 0),
  'topicctl/segmentio__topicctl__topic-static.yaml': imports('topicctl', 1, 0),
  // Known invalid: no environment, region or replication factor, and an unknown placement strategy. topicctl refuses it, and so does the import.
  'topicctl/segmentio__topicctl__topic-test-invalid.yaml': refused('topicctl', /meta.environment must be set/, /meta.region must be set/, /replicationFactor must be > 0/, /strategy "non-matching"/),
  'topicctl/segmentio__topicctl__topic-test-multi.yaml': imports('topicctl', 2, 0, /follower.replication.throttled.replicas/),
};

function corpusFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (!entry.endsWith('.md')) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out;
}

function summary(result: ImportResult): string {
  return result.ok ? result.report.map((n) => `${n.path}: ${n.message}`).join('\n') : result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n');
}

requireSharedDir('Import corpus');
describe('import corpus', () => {
  const root = sharedPath('corpus');
  const files = corpusFiles(root);
  const rows: string[][] = [];

  afterAll(() => {
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['file', 'result', 'nodes', 'report'][i].length));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
    console.log(['', line(['file', 'result', 'nodes', 'report']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  });

  it('has an expected outcome for every corpus file, and no expectation for a missing file', () => {
    expect(files.filter((f) => !Object.hasOwn(EXPECTED, f))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const expected = EXPECTED[file];
    const result = importText(text, path.basename(file));
    rows.push([
      file,
      result.ok ? 'imported' : 'refused',
      result.ok ? `${result.design.nodes.length}/${result.design.connections.length}` : '-',
      result.ok ? String(result.report.length) : `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: ${result.errors[0].message.slice(0, 110)}`,
    ]);
    if (!expected) return; // reported by the test above
    expect(chooseImporter(text, path.basename(file))?.id ?? null).toBe(expected.importer);
    expect(result.ok, summary(result)).toBe(expected.ok);
    const said = summary(result);
    for (const pattern of expected.says ?? []) expect(said).toMatch(pattern);
    if (!result.ok) {
      for (const error of result.errors) expect(error.message.length).toBeGreaterThan(20);
      return;
    }
    expect(result.design.nodes.length).toBe(expected.nodes);
    expect(result.design.connections.length).toBe(expected.connections);
    for (const note of result.report) expect(typeof note.path).toBe('string');
    // What an importer returns is a design like any other: it saves and opens again unchanged.
    const reread = readDesign(writeDesignJson(result.design));
    expect(reread.ok && reread.design).toEqual(result.design);
  });
});
