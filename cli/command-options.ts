/**
 * The flags of every command, apart from the commands' code: the command line
 * checks the arguments and prints its usage without loading the rule engine,
 * the exporters or the cluster readers (it starts in well under 300 ms).
 */

export const LINT_OPTIONS = { format: { type: 'string' }, 'fail-on': { type: 'string' } } as const;

export const EXPORT_OPTIONS = { to: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } } as const;

export const SIMULATE_OPTIONS = { scenario: { type: 'string' }, seed: { type: 'string' }, duration: { type: 'string' }, format: { type: 'string' }, prices: { type: 'string' } } as const;

export const RULES_OPTIONS = { format: { type: 'string' } } as const;

export const LIVE_SOURCES = ['kafka', 'rabbitmq', 'nats', 'sqs-sns'] as const;

/** Flags only a live import takes (refused with a file import). */
export const LIVE_OPTIONS = {
  bootstrap: { type: 'string' },
  'sasl-mechanism': { type: 'string' },
  'sasl-username': { type: 'string' },
  tls: { type: 'boolean' },
  'tls-ca': { type: 'string' },
  'tls-insecure': { type: 'boolean' },
  timeout: { type: 'string' },
  url: { type: 'string' },
  username: { type: 'string' },
  vhost: { type: 'string' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
} as const;

export const LIVE_USAGE = `  queuewright import --from kafka --bootstrap <host:port,…> [--sasl-mechanism plain|scram-sha-256|scram-sha-512
                     --sasl-username <user>] [--tls] [--tls-ca <ca.pem>] [--tls-insecure] [--timeout <s>] [--out <design>] [--force]
  queuewright import --from rabbitmq --url <http://user@host:15672 | amqp://…> [--username <user>] [--vhost <vhost>]
                     [--timeout <s>] [--out <design>] [--force]
  queuewright import --from nats --url <nats://host:4222> [--username <user>] [--timeout <s>] [--out <design>] [--force]
  queuewright import --from sqs-sns --region <region> [--endpoint <http://host:port>] [--timeout <s>] [--out <design>] [--force]
      Reads a live cluster (read-only). Passwords come from QUEUEWRIGHT_KAFKA_PASSWORD / QUEUEWRIGHT_RABBITMQ_PASSWORD /
      QUEUEWRIGHT_NATS_PASSWORD or QUEUEWRIGHT_NATS_TOKEN (or the URL's user info); AWS credentials from the standard
      AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.
`;

/** audit, plan and apply: the live connection flags, the design's cluster, a name prefix, and the per-resource delete flag. */
export const AUDIT_OPTIONS = {
  ...LIVE_OPTIONS,
  from: { type: 'string' },
  cluster: { type: 'string' },
  prefix: { type: 'string' },
  format: { type: 'string' },
  'allow-delete': { type: 'string' },
  yes: { type: 'boolean' },
} as const;

export const AUDIT_USAGE = `  queuewright audit|plan <design> --bootstrap <host:port,…> [--cluster <id>] [--prefix <p>] [--format text|json]
                     [--sasl-mechanism … --sasl-username …] [--tls] [--tls-ca <ca.pem>] [--timeout <s>]
  queuewright audit|plan <design> --url <http://host:15672> [--username <user>] [--vhost <vhost>] (same other flags)
  queuewright audit|plan <design> --from nats --url <nats://host:4222> [--username <user>] (same other flags)
  queuewright audit|plan <design> --from sqs-sns --region <region> [--endpoint <http://host:port>] (same other flags)
  queuewright apply <design> (same flags) [--allow-delete topic:<name>,queue:<name>,stream:<name>,consumer:<stream>/<name>,
                     sqs-queue:<name>,sns-topic:<name>,subscription:<topic>><queue>,…] [--yes]
      Compares a live cluster with the design (read-only), plans the operations that make it match (validated by the
      broker where it can), and applies them with --yes. Deletes only resources named in --allow-delete.
`;

export const IMPORT_OPTIONS = { from: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, ...LIVE_OPTIONS } as const;
