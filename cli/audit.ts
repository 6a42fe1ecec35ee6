import { formatDesignErrors, type Design } from '../lib/design';
import { readDesign } from '../lib/design/read-design';
import { describeDifference, describeOperation, RESOURCE_TYPES, type Plan } from '../lib/live/drift';
import { LiveImportError } from '../lib/live/live-error';
import { liveImportRequestSchema, requestProblems } from '../lib/live/import-live';
import { runClusterAudit, type ClusterAuditOutcome } from '../lib/live/cluster-audit';
import { LIVE_SOURCES } from './command-options';
import { kafkaRequest, natsRequest, rabbitmqRequest, refuseOtherSourcesFlags, sqsSnsRequest, timeoutMs } from './import-live';
import { CliError, EXIT, readInput, type ExitCode, type Io } from './io';
import { choice, text, type ParsedCommandLine } from './options';

/**
 * `queuewright audit|plan|apply <design> --bootstrap …` (Kafka), `--url …`
 * (RabbitMQ), `--from nats --url nats://…` or `--from sqs-sns --region …
 * [--endpoint …]`: compares a live cluster with the design, plans the
 * operations that make it match, and runs them. The connection flags and
 * credentials are the live import's (passwords from the environment only).
 * Exit codes are lint's: 0 the cluster matches, 1 it differs (or, for apply,
 * something was left undone), 2 an error.
 */

export type AuditCommand = 'audit' | 'plan' | 'apply';

type Outcome = ClusterAuditOutcome;

function allowDelete(values: ParsedCommandLine['values']): Set<string> {
  const raw = text(values, 'allow-delete');
  if (raw === undefined) return new Set();
  const keys = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const pattern = new RegExp(`^(${RESOURCE_TYPES.join('|')}):.+$`);
  const bad = keys.find((k) => !pattern.test(k));
  if (bad)
    throw new CliError(
      `--allow-delete takes resources as type:name, comma-separated (topic:orders,queue:q.billing,stream:ORDERS,consumer:ORDERS/billing,sqs-queue:jobs,sns-topic:events,subscription:events>jobs), not "${bad}".`,
    );
  return new Set(keys);
}

async function designOf(command: ParsedCommandLine, io: Io, name: AuditCommand): Promise<Design> {
  if (command.positionals.length !== 1) throw new CliError(`${name} takes one design file (queuewright ${name} <design> --bootstrap host:port).`);
  const input = await readInput(command.positionals[0], io);
  const result = readDesign(input.text);
  if (!result.ok) throw new CliError(`${input.name} is not a readable design:\n${formatDesignErrors(result.errors)}`);
  return result.design;
}

type Source = (typeof LIVE_SOURCES)[number];

/** --from names the source; without it --bootstrap means Kafka and --url RabbitMQ, as before --from existed. */
function sourceOf(name: AuditCommand, values: ParsedCommandLine['values']): Source {
  const from = text(values, 'from');
  if (from !== undefined) {
    if (!(LIVE_SOURCES as readonly string[]).includes(from)) throw new CliError(`--from is one of ${LIVE_SOURCES.join(', ')}, not "${from}".`);
    refuseOtherSourcesFlags(from as Source, values);
    return from as Source;
  }
  const kafka = text(values, 'bootstrap') !== undefined;
  const rabbit = text(values, 'url') !== undefined;
  if (kafka === rabbit)
    throw new CliError(
      `${name} needs the cluster to compare with: --bootstrap host:port for Kafka, or --url http://host:15672 for RabbitMQ (one of them), or --from nats --url nats://host:4222, or --from sqs-sns --region <region> [--endpoint <url>].`,
    );
  return kafka ? 'kafka' : 'rabbitmq';
}

const REQUESTS = { kafka: kafkaRequest, rabbitmq: rabbitmqRequest, nats: natsRequest, 'sqs-sns': sqsSnsRequest } as const;

async function run(name: AuditCommand, command: ParsedCommandLine, io: Io, design: Design): Promise<Outcome> {
  const timeout = timeoutMs(text(command.values, 'timeout'));
  const options = { clusterId: text(command.values, 'cluster'), scope: { prefix: text(command.values, 'prefix') }, allowDelete: allowDelete(command.values) };
  const request = liveImportRequestSchema.safeParse(REQUESTS[sourceOf(name, command.values)](command.values, io, timeout));
  if (!request.success) throw new CliError(`The connection is not valid: ${requestProblems(request.error)}.`);
  return runClusterAudit(name, request.data, design, options);
}

function planEntries(plan: Plan) {
  return [...plan.operations.map((o) => ({ ...o, status: o.refused ? 'refused' : 'planned' })), ...plan.blocked.map((b) => ({ action: 'none', resource: b.resource, status: 'blocked', why: b.why }))];
}

export async function auditCommand(name: AuditCommand, command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const format = choice(command.values.format, ['text', 'json'] as const, 'text', 'format');
  const design = await designOf(command, io, name);
  if (name === 'apply' && command.values.yes !== true) {
    // Without --yes, apply shows what it would do and changes nothing.
    const outcome = await guarded(() => run('plan', command, io, design));
    const plan = outcome.plan!;
    if (plan.operations.length === 0) return report('plan', outcome, format, io);
    const code = report('plan', outcome, format, io);
    if (format === 'text') io.stderr.write('queuewright: nothing was applied; run again with --yes to apply these operations.\n');
    return code === EXIT.ok ? EXIT.findings : code;
  }
  const outcome = await guarded(() => run(name, command, io, design));
  return report(name, outcome, format, io);
}

async function guarded(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LiveImportError) throw new CliError(error.message);
    throw error;
  }
}

function report(name: AuditCommand, outcome: Outcome, format: 'text' | 'json', io: Io): ExitCode {
  for (const problem of outcome.problems) io.stderr.write(`queuewright: ${problem}\n`);
  if (name === 'audit') {
    if (format === 'json') io.stdout.write(`${JSON.stringify(outcome.differences, null, 2)}\n`);
    else {
      for (const d of outcome.differences) io.stdout.write(`${describeDifference(d)}\n`);
      for (const note of outcome.notes) io.stdout.write(`note: ${note}\n`);
      io.stdout.write(outcome.differences.length === 0 ? 'The cluster matches the design.\n' : `${outcome.differences.length} difference${outcome.differences.length === 1 ? '' : 's'}.\n`);
    }
    return outcome.differences.length === 0 ? EXIT.ok : EXIT.findings;
  }
  const plan = outcome.plan!;
  if (name === 'plan') {
    if (format === 'json') io.stdout.write(`${JSON.stringify(planEntries(plan), null, 2)}\n`);
    else {
      plan.operations.forEach((o, i) => io.stdout.write(`${i + 1}. ${describeOperation(o)}\n`));
      for (const b of plan.blocked) io.stdout.write(`not planned: ${b.resource.type} ${b.resource.name}: ${b.why}\n`);
      io.stdout.write(
        plan.operations.length + plan.blocked.length === 0
          ? 'Nothing to do: the cluster matches the design.\n'
          : `${plan.operations.length} operation${plan.operations.length === 1 ? '' : 's'}, ${plan.blocked.length} not planned.\n`,
      );
    }
    return plan.operations.length + plan.blocked.length === 0 ? EXIT.ok : EXIT.findings;
  }
  const result = outcome.result!;
  const entries = [
    ...result.done.map((o) => ({ ...o, status: 'done' })),
    ...(result.failed ? [{ ...result.failed.operation, status: 'failed', error: result.failed.error }] : []),
    ...result.notDone.map((o) => ({ ...o, status: 'not-done' })),
    ...plan.blocked.map((b) => ({ action: 'none', resource: b.resource, status: 'blocked', why: b.why })),
  ];
  if (format === 'json') io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else {
    for (const o of result.done) io.stdout.write(`done: ${describeOperation(o)}\n`);
    if (result.failed) io.stdout.write(`FAILED: ${describeOperation(result.failed.operation)}: ${result.failed.error}\n`);
    for (const o of result.notDone) io.stdout.write(`not done: ${describeOperation(o)}\n`);
    for (const b of plan.blocked) io.stdout.write(`not planned: ${b.resource.type} ${b.resource.name}: ${b.why}\n`);
    io.stdout.write(
      `${result.done.length} done${result.failed ? ', 1 failed' : ''}${result.notDone.length > 0 ? `, ${result.notDone.length} not done` : ''}${plan.blocked.length > 0 ? `, ${plan.blocked.length} not planned` : ''}.\n`,
    );
  }
  if (result.failed) return EXIT.usage;
  return plan.blocked.length === 0 ? EXIT.ok : EXIT.findings;
}
