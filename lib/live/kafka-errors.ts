import type { KafkaConnection } from './kafka-connection';
import { LiveImportError, redact } from './live-error';

/**
 * What went wrong talking to a Kafka cluster, as a person can act on it. The
 * client (@platformatic/kafka) nests the real reason: a socket error as the
 * `cause` of "Connection to host:port failed.", the broker's own message and
 * code (`serverErrorMessage`, `apiId` such as TOPIC_AUTHORIZATION_FAILED) two
 * levels down in a ResponseError's `errors`, one attempt per retry in a
 * MultipleErrors. The whole tree is read.
 */

interface ErrorFacts {
  /** Every message, code and broker error of the tree, in order. */
  text: string;
  /** The broker's own messages and error names, and the top message: what a person needs when nothing more specific applies. */
  detail: string;
}

function factsOf(error: unknown): ErrorFacts {
  const all: string[] = [];
  const own: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 6 || all.length > 40) return;
    const record = e as { message?: unknown; serverErrorMessage?: unknown; apiId?: unknown; code?: unknown; errors?: unknown; cause?: unknown };
    const fields = [record.message, record.serverErrorMessage, record.apiId, record.code].filter((v) => typeof v === 'string' && v !== '') as string[];
    all.push(fields.join(' '));
    const broker = [record.serverErrorMessage, record.apiId].filter((v) => typeof v === 'string' && v !== '') as string[];
    if (broker.length > 0) own.push(broker.join(' '));
    else if (depth === 0 && typeof record.message === 'string') own.push(record.message);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
    if (record.cause) visit(record.cause, depth + 1);
  };
  visit(error, 0);
  if (all.length === 0) all.push(String(error));
  return { text: all.join(' | '), detail: [...new Set(own)].join('; ') || String(error) };
}

/** The text of a client error and everything nested in it (e.g. "Invalid value zz for configuration retention.ms"), for plan and apply reports. */
export function kafkaErrorDetail(error: unknown): string {
  return factsOf(error).detail;
}

/** A client (or socket) error as a live-read error with one clear message. Never includes credentials. */
export function kafkaErrorToLive(error: unknown, connection: Pick<KafkaConnection, 'bootstrap' | 'sasl' | 'tls'>): LiveImportError {
  if (error instanceof LiveImportError) return error;
  const where = connection.bootstrap.join(', ');
  const { text } = factsOf(error);
  const detail = redact(text.slice(0, 300), [connection.sasl?.password, connection.sasl?.username]);

  if (/UNSUPPORTED_SASL_MECHANISM|ILLEGAL_SASL_STATE|Cannot find a suitable SASL mechanism/.test(text)) {
    return new LiveImportError(
      'auth',
      `The cluster at ${where} does not accept SASL ${connection.sasl?.mechanism ?? ''} on this listener. Check the mechanism, or whether this listener uses SASL at all.`,
    );
  }
  if (/SASL_AUTHENTICATION_FAILED|SASL authentication failed|Authentication failed|PLT_KFK_AUTHENTICATION/i.test(text)) {
    return new LiveImportError('auth', `The cluster at ${where} refused the credentials (SASL ${connection.sasl?.mechanism ?? 'authentication'} failed). Check the user name, password and mechanism.`);
  }
  if (/_AUTHORIZATION_FAILED/.test(text)) {
    return new LiveImportError(
      'forbidden',
      `The cluster at ${where} does not allow this user to describe the cluster (${/(\w+)_AUTHORIZATION_FAILED/.exec(text)?.[1]?.toLowerCase() ?? 'cluster'} authorization failed). Grant Describe on the cluster, topics and groups, and DescribeConfigs on topics.`,
    );
  }
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) {
    return new LiveImportError('unreachable', `Cannot resolve the host of ${where}. Check the bootstrap server names.`);
  }
  if (/ECONNREFUSED/.test(text)) {
    return new LiveImportError('unreachable', `Nothing answers at ${where} (connection refused). Check the host and port, and that the broker listens there.`);
  }
  if (/EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE/.test(text)) {
    return new LiveImportError('unreachable', `The connection to ${where} failed (${/E[A-Z]+/.exec(text)?.[0]}).`);
  }
  if (/certificate|SSL|TLS|self.signed|unable to verify|wrong version number|EPROTO/i.test(text)) {
    return new LiveImportError('tls', `The TLS handshake with ${where} failed: ${detail}. Check whether the listener uses TLS, and the CA certificate.`);
  }
  if (/timed? ?out|PLT_KFK_TIMEOUT/i.test(text)) {
    return new LiveImportError('timeout', `${where} did not answer in time. The host may be firewalled, or the listener may expect TLS or SASL.`);
  }
  if (/Connection closed|connection closed|PLT_KFK_NETWORK/i.test(text)) {
    return new LiveImportError('unreachable', `${where} closed the connection. The listener may expect TLS or SASL, or it may not be a Kafka broker.`);
  }
  return new LiveImportError('failed', `Reading the cluster at ${where} failed: ${detail}`);
}
