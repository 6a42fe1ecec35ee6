import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importLive, type LiveImportRequest } from '../lib/live';
import { fsErrorMessage } from './fs-error';
import { writeImported } from './import-file';
import type { LIVE_SOURCES } from './command-options';
import { CliError, type ExitCode, type Io } from './io';
import { text, type ParsedCommandLine } from './options';

/**
 * `queuewright import --from kafka|rabbitmq|nats|sqs-sns …`: a read-only import from a live
 * cluster through the same readers as the studio. Passwords are read from
 * environment variables, never from flags (a flag shows in `ps` and shell
 * history), and never printed. The command line is the operator's own tool:
 * it may reach any host the machine can, and says precisely why a connection
 * failed (the studio's server says less, see lib/live/server-policy.ts).
 */

export function timeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 60) throw new CliError('--timeout is in seconds, from 1 to 60.');
  return Math.round(seconds * 1000);
}

export function kafkaRequest(values: ParsedCommandLine['values'], io: Io, timeout: number | undefined): LiveImportRequest {
  const bootstrap = text(values, 'bootstrap');
  if (!bootstrap) throw new CliError('--from kafka needs --bootstrap host:port (comma-separate several).');
  const mechanism = text(values, 'sasl-mechanism');
  const username = text(values, 'sasl-username');
  const password = io.env?.QUEUEWRIGHT_KAFKA_PASSWORD;
  if ((mechanism || username) && !(mechanism && username && password)) {
    throw new CliError('SASL needs --sasl-mechanism, --sasl-username and the password in QUEUEWRIGHT_KAFKA_PASSWORD.');
  }
  const caFile = text(values, 'tls-ca');
  const tls = values.tls === true || caFile !== undefined || values['tls-insecure'] === true;
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(resolve(io.cwd, caFile), 'utf8');
    } catch (error) {
      throw new CliError(`--tls-ca: ${fsErrorMessage('read', caFile, error)}`);
    }
  }
  return {
    from: 'kafka',
    bootstrap,
    ...(mechanism && username && password ? { sasl: { mechanism: mechanism as 'plain', username, password } } : {}),
    ...(tls ? { tls: { rejectUnauthorized: values['tls-insecure'] !== true, ...(ca ? { ca } : {}) } } : {}),
    ...(timeout ? { timeoutMs: timeout } : {}),
  };
}

export function rabbitmqRequest(values: ParsedCommandLine['values'], io: Io, timeout: number | undefined): LiveImportRequest {
  const url = text(values, 'url');
  if (!url) throw new CliError('--from rabbitmq needs --url (the management API, http://host:15672, or an AMQP URL).');
  const username = text(values, 'username');
  const vhost = text(values, 'vhost');
  const password = io.env?.QUEUEWRIGHT_RABBITMQ_PASSWORD;
  return { from: 'rabbitmq', url, ...(username ? { username } : {}), ...(password ? { password } : {}), ...(vhost ? { vhost } : {}), ...(timeout ? { timeoutMs: timeout } : {}) };
}

export function natsRequest(values: ParsedCommandLine['values'], io: Io, timeout: number | undefined): LiveImportRequest {
  const url = text(values, 'url');
  if (!url) throw new CliError('--from nats needs --url (a client URL, nats://host:4222).');
  const username = text(values, 'username');
  const password = io.env?.QUEUEWRIGHT_NATS_PASSWORD;
  const token = io.env?.QUEUEWRIGHT_NATS_TOKEN;
  if (username && !password) throw new CliError('--username needs the password in QUEUEWRIGHT_NATS_PASSWORD.');
  // Only with --username: a password set for another server must not turn a token URL into a user login.
  return { from: 'nats', url, ...(username ? { username, password } : {}), ...(token ? { token } : {}), ...(timeout ? { timeoutMs: timeout } : {}) };
}

export function sqsSnsRequest(values: ParsedCommandLine['values'], io: Io, timeout: number | undefined): LiveImportRequest {
  const region = text(values, 'region') ?? io.env?.AWS_REGION ?? io.env?.AWS_DEFAULT_REGION;
  if (!region) throw new CliError('--from sqs-sns needs --region (or AWS_REGION).');
  const endpoint = text(values, 'endpoint');
  const accessKeyId = io.env?.AWS_ACCESS_KEY_ID;
  const secretAccessKey = io.env?.AWS_SECRET_ACCESS_KEY;
  const sessionToken = io.env?.AWS_SESSION_TOKEN;
  if (!accessKeyId || !secretAccessKey) throw new CliError('--from sqs-sns reads the credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN); set them.');
  return {
    from: 'sqs-sns',
    region,
    ...(endpoint ? { endpoint } : {}),
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    ...(timeout ? { timeoutMs: timeout } : {}),
  };
}

/** The flags each source takes; another source's flag is refused rather than ignored. */
const ONLY_FOR: Record<(typeof LIVE_SOURCES)[number], readonly string[]> = {
  kafka: ['bootstrap', 'sasl-mechanism', 'sasl-username', 'tls', 'tls-ca', 'tls-insecure'],
  rabbitmq: ['url', 'username', 'vhost'],
  nats: ['url', 'username'],
  'sqs-sns': ['region', 'endpoint'],
};

const REQUEST: Record<(typeof LIVE_SOURCES)[number], (values: ParsedCommandLine['values'], io: Io, timeout: number | undefined) => LiveImportRequest> = {
  kafka: kafkaRequest,
  rabbitmq: rabbitmqRequest,
  nats: natsRequest,
  'sqs-sns': sqsSnsRequest,
};

/** Refuses a flag of another source rather than ignoring it (import, audit, plan and apply alike). */
export function refuseOtherSourcesFlags(from: (typeof LIVE_SOURCES)[number], values: ParsedCommandLine['values']): void {
  const misplaced = Object.values(ONLY_FOR)
    .flat()
    .find((flag) => values[flag] !== undefined && !ONLY_FOR[from].includes(flag));
  if (misplaced) {
    const owners = [
      ...new Set(
        Object.entries(ONLY_FOR)
          .filter(([, flags]) => flags.includes(misplaced))
          .map(([source]) => `--from ${source}`),
      ),
    ];
    throw new CliError(`--${misplaced} is for ${owners.join(' or ')}, not --from ${from}.`);
  }
}

export async function importFromCluster(command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const from = text(command.values, 'from') as (typeof LIVE_SOURCES)[number];
  if (command.positionals.length > 0) throw new CliError(`import --from ${from} reads a live cluster and takes no file (${command.positionals[0]}).`);
  refuseOtherSourcesFlags(from, command.values);
  const timeout = timeoutMs(text(command.values, 'timeout'));
  const request = REQUEST[from](command.values, io, timeout);
  const result = await importLive(request);
  if (!result.ok) throw new CliError(result.error.message);
  return writeImported(result.design, result.report, command, io, result.source);
}
