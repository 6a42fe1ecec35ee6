import { formatDesignErrors, type Design } from '../lib/design';
import { readDesign } from '../lib/design/read-design';
import { describeDifference, describeOperation, type Difference, type Plan } from '../lib/live/drift';
import { kafkaConnectionSchema } from '../lib/live/kafka-connection';
import { LiveImportError } from '../lib/live/live-error';
import { requestProblems } from '../lib/live/import-live';
import { rabbitmqConnectionSchema } from '../lib/live/rabbitmq-connection';
import { kafkaRequest, rabbitmqRequest, timeoutMs } from './import-live';
import { CliError, EXIT, readInput, type ExitCode, type Io } from './io';
import { choice, text, type ParsedCommandLine } from './options';

/**
 * `queuewright audit|plan|apply <design> --bootstrap …`: compares a live
 * cluster with the design, plans the operations that make it match, and runs
 * them. The connection flags and credentials are the live import's (passwords
 * from the environment only). Exit codes are lint's: 0 the cluster matches,
 * 1 it differs (or, for apply, something was left undone), 2 an error.
 */

export type AuditCommand = 'audit' | 'plan' | 'apply';

/** What a cluster reader answers, whatever the broker. */
interface Outcome {
  differences: Difference[];
  notes: string[];
  problems: string[];
  plan?: Plan;
  result?: { done: Plan['operations']; failed?: { operation: Plan['operations'][number]; error: string }; notDone: Plan['operations'] };
}

function allowDelete(values: ParsedCommandLine['values']): Set<string> {
  const raw = text(values, 'allow-delete');
  if (raw === undefined) return new Set();
  const keys = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = keys.find((k) => !/^(topic|queue|exchange|binding|policy):.+$/.test(k));
  if (bad) throw new CliError(`--allow-delete takes resources as type:name, comma-separated (topic:orders,queue:q.billing), not "${bad}".`);
  return new Set(keys);
}

async function designOf(command: ParsedCommandLine, io: Io, name: AuditCommand): Promise<Design> {
  if (command.positionals.length !== 1) throw new CliError(`${name} takes one design file (queuewright ${name} <design> --bootstrap host:port).`);
  const input = await readInput(command.positionals[0], io);
  const result = readDesign(input.text);
  if (!result.ok) throw new CliError(`${input.name} is not a readable design:\n${formatDesignErrors(result.errors)}`);
  return result.design;
}

async function run(name: AuditCommand, command: ParsedCommandLine, io: Io, design: Design): Promise<Outcome> {
  const timeout = timeoutMs(text(command.values, 'timeout'));
  const options = { clusterId: text(command.values, 'cluster'), scope: { prefix: text(command.values, 'prefix') }, allowDelete: allowDelete(command.values) };
  const kafka = text(command.values, 'bootstrap') !== undefined;
  const rabbit = text(command.values, 'url') !== undefined;
  if (kafka === rabbit) throw new CliError(`${name} needs the cluster to compare with: --bootstrap host:port for Kafka, or --url http://host:15672 for RabbitMQ (one of them).`);
  if (kafka) {
    const request = kafkaConnectionSchema.safeParse(kafkaRequest(command.values, io, timeout));
    if (!request.success) throw new CliError(`The connection is not valid: ${requestProblems(request.error)}.`);
    const live = await import('../lib/live/kafka-audit');
    if (name === 'audit') return live.auditKafka(request.data, design, options);
    if (name === 'plan') return live.planKafkaCluster(request.data, design, options);
    return live.applyKafkaCluster(request.data, design, options);
  }
  const request = rabbitmqConnectionSchema.safeParse(rabbitmqRequest(command.values, io, timeout));
  if (!request.success) throw new CliError(`The connection is not valid: ${requestProblems(request.error)}.`);
  const live = await import('../lib/live/rabbitmq-audit');
  if (name === 'audit') return live.auditRabbitmq(request.data, design, options);
  if (name === 'plan') return live.planRabbitmqCluster(request.data, design, options);
  return live.applyRabbitmqCluster(request.data, design, options);
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
      io.stdout.write(plan.operations.length + plan.blocked.length === 0 ? 'Nothing to do: the cluster matches the design.\n' : `${plan.operations.length} operation${plan.operations.length === 1 ? '' : 's'}, ${plan.blocked.length} not planned.\n`);
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
    io.stdout.write(`${result.done.length} done${result.failed ? ', 1 failed' : ''}${result.notDone.length > 0 ? `, ${result.notDone.length} not done` : ''}${plan.blocked.length > 0 ? `, ${plan.blocked.length} not planned` : ''}.\n`);
  }
  if (result.failed) return EXIT.usage;
  return plan.blocked.length === 0 ? EXIT.ok : EXIT.findings;
}
