import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeDesignJson, writeDesignYaml } from '../lib/design';
import { noteText } from '../lib/importers';
import { importLive, type LiveImportRequest } from '../lib/live';
import { CliError, EXIT, type Io } from './io';

/**
 * `queuewright import --from kafka|rabbitmq …`: a read-only import from a live
 * cluster through the same readers as the studio. Passwords are read from
 * environment variables, never from flags (a flag shows in `ps` and shell
 * history), and never printed.
 */

export const LIVE_SOURCES = ['kafka', 'rabbitmq'] as const;

export const LIVE_USAGE = `  queuewright import --from kafka --bootstrap <host:port,…> [--sasl-mechanism plain|scram-sha-256|scram-sha-512
                     --sasl-username <user>] [--tls] [--tls-ca <ca.pem>] [--tls-insecure] [--timeout <s>] [--out <design>]
  queuewright import --from rabbitmq --url <http://user@host:15672 | amqp://…> [--username <user>] [--vhost <vhost>]
                     [--timeout <s>] [--out <design>]
      Reads a live cluster (read-only). Passwords come from QUEUEWRIGHT_KAFKA_PASSWORD / QUEUEWRIGHT_RABBITMQ_PASSWORD
      (or the RabbitMQ URL's user info).
`;

function timeoutMs(options: Record<string, string>): number | undefined {
  if (options.timeout === undefined) return undefined;
  const seconds = Number(options.timeout);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 60) throw new CliError('--timeout is in seconds, from 1 to 60.');
  return Math.round(seconds * 1000);
}

function request(options: Record<string, string>, io: Io): LiveImportRequest {
  const env = io.env ?? {};
  const timeout = timeoutMs(options);
  if (options.from === 'kafka') {
    if (!options.bootstrap) throw new CliError('--from kafka needs --bootstrap host:port (comma-separate several).');
    const mechanism = options['sasl-mechanism'];
    const username = options['sasl-username'];
    const password = env.QUEUEWRIGHT_KAFKA_PASSWORD;
    if ((mechanism || username) && !(mechanism && username && password)) {
      throw new CliError('SASL needs --sasl-mechanism, --sasl-username and the password in QUEUEWRIGHT_KAFKA_PASSWORD.');
    }
    const tls = options.tls === 'true' || options['tls-ca'] !== undefined || options['tls-insecure'] === 'true';
    let ca: string | undefined;
    if (options['tls-ca']) {
      try {
        ca = readFileSync(resolve(io.cwd, options['tls-ca']), 'utf8');
      } catch {
        throw new CliError(`--tls-ca: cannot read ${options['tls-ca']}.`);
      }
    }
    return {
      from: 'kafka',
      bootstrap: options.bootstrap,
      ...(mechanism && username && password ? { sasl: { mechanism: mechanism as 'plain', username, password } } : {}),
      ...(tls ? { tls: { rejectUnauthorized: options['tls-insecure'] !== 'true', ...(ca ? { ca } : {}) } } : {}),
      ...(timeout ? { timeoutMs: timeout } : {}),
    };
  }
  if (!options.url) throw new CliError('--from rabbitmq needs --url (the management API, http://host:15672, or an AMQP URL).');
  const password = env.QUEUEWRIGHT_RABBITMQ_PASSWORD;
  return {
    from: 'rabbitmq',
    url: options.url,
    ...(options.username ? { username: options.username } : {}),
    ...(password ? { password } : {}),
    ...(options.vhost ? { vhost: options.vhost } : {}),
    ...(timeout ? { timeoutMs: timeout } : {}),
  };
}

export async function importFromCluster(options: Record<string, string>, io: Io): Promise<number> {
  const result = await importLive(request(options, io));
  if (!result.ok) throw new CliError(`${result.error.message}`);
  for (const note of result.report) io.stderr.write(`note: ${noteText(note)}\n`);
  const yaml = options.out ? !options.out.endsWith('.json') : true;
  const text = yaml ? writeDesignYaml(result.design) : writeDesignJson(result.design);
  if (options.out) {
    writeFileSync(resolve(io.cwd, options.out), text);
    io.stderr.write(`wrote ${options.out} from ${result.source} (${result.design.nodes.length} nodes, ${result.report.length} report notes)\n`);
  } else io.stdout.write(text);
  return EXIT.ok;
}
