import { GetQueueAttributesCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { GetSubscriptionAttributesCommand, GetTopicAttributesCommand, ListSubscriptionsCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { awsClients } from './sqs-sns-clients';
import type { ConnectionGuard } from './connection-guard';
import { LiveImportError, redact, withDeadline } from './live-error';
import { awsEndpoints, type SqsSnsConnection } from './sqs-sns-connection';
import type { LiveSnsSubscription, LiveSnsTopic, LiveSqsQueue, LiveSqsSnsSnapshot } from './sqs-sns-snapshot-design';

/**
 * Reads an AWS account's SQS queues and SNS topics and subscriptions in one
 * region with list and get calls only (ListQueues, GetQueueAttributes,
 * ListTopics, GetTopicAttributes, ListSubscriptions,
 * GetSubscriptionAttributes: what a read-only IAM policy grants), into the
 * snapshot `sqsSnsSnapshotToDesign` turns into a design. Every connection
 * goes through the read's ConnectionGuard (aws-agents.ts).
 */

export interface LiveSqsSnsRead extends LiveSqsSnsSnapshot {
  /** The endpoints read (no credentials). */
  source: string;
  /** What could not be read, and why. */
  problems: string[];
}

/** Bounds on one read: an account with more is read in part, with a problem saying so. */
export const MAX_LIVE_QUEUES = 5000;
export const MAX_LIVE_TOPICS_SNS = 5000;
export const MAX_LIVE_SUBSCRIPTIONS = 20_000;
/** Requests in flight at once: enough to read thousands of queues in seconds, few enough not to be throttled. */
const PARALLEL = 8;

/** Turns an SDK failure into a message a person can act on. Never includes credentials. */
export function awsErrorToLive(error: unknown, where: string, secrets: ReadonlyArray<string | undefined>): LiveImportError {
  if (error instanceof LiveImportError) return error;
  const e = error as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number }; $response?: { body?: unknown }; cause?: { code?: string } };
  const name = `${e?.name ?? ''}`;
  const code = `${e?.code ?? e?.cause?.code ?? ''}`;
  // An answer the SDK could not parse (an XML error where JSON was expected, as some emulators send) still names the AWS error.
  const raw = e?.$response?.body;
  const body = typeof raw === 'string' ? raw : raw instanceof Uint8Array ? Buffer.from(raw).toString('utf8') : '';
  const status = e?.$metadata?.httpStatusCode;
  const text = `${name} ${e?.message ?? ''} ${code} ${body.slice(0, 2000)}`;
  if (/InvalidClientTokenId|UnrecognizedClientException|SignatureDoesNotMatch|InvalidSignatureException|AuthFailure|InvalidAccessKeyId|ExpiredToken|IncompleteSignature/.test(text)) {
    return new LiveImportError('auth', `${where} refused the credentials (${name || 'refused'}). Check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and the region.`);
  }
  if (/AccessDenied|AuthorizationError|NotAuthorized/.test(text)) {
    return new LiveImportError(
      'forbidden',
      `${where}: these credentials may not read it (${name}). A read needs sqs:ListQueues, sqs:GetQueueAttributes, sns:ListTopics, sns:GetTopicAttributes, sns:ListSubscriptions and sns:GetSubscriptionAttributes.`,
    );
  }
  if (/TimeoutError|RequestTimeout|ETIMEDOUT/.test(text)) return new LiveImportError('timeout', `${where} did not answer in time. The host may be firewalled.`);
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return new LiveImportError('unreachable', `Cannot resolve the host of ${where}.`);
  if (/ECONNREFUSED/.test(text)) return new LiveImportError('unreachable', `Nothing answers at ${where} (connection refused). Check the endpoint's host and port.`);
  if (/ECONNRESET|EHOSTUNREACH|ENETUNREACH|socket hang up/.test(text)) return new LiveImportError('unreachable', `The connection to ${where} failed (${code || 'closed'}).`);
  if (/CERT|certificate|SSL|TLS|EPROTO/i.test(text)) return new LiveImportError('tls', `The TLS handshake with ${where} failed.`);
  const unparsed = /Deserializ|SyntaxError|Unexpected token/.test(text);
  if (unparsed && (status === 401 || status === 403))
    return new LiveImportError('auth', `${where} refused the credentials (HTTP ${status}). Check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.`);
  // An answer that is not AWS's (a web server, a proxy's error page) fails to deserialize.
  if (unparsed) {
    return new LiveImportError('not-a-broker', `${where} did not answer as the AWS ${where.includes('sns') ? 'SNS' : 'SQS'} API.`);
  }
  return new LiveImportError('failed', `Reading ${where} failed: ${redact(`${name}: ${e?.message ?? String(error)}`.slice(0, 200), secrets)}`);
}

/** Runs `work` on each item, PARALLEL at a time, keeping the order. */
async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}

/** Where a connection reaches SQS and SNS, how messages name it, and the secrets they must never repeat. */
export function awsTarget(connection: SqsSnsConnection): { endpoints: ReturnType<typeof awsEndpoints>; shown: string; secrets: (string | undefined)[] } {
  let endpoints: ReturnType<typeof awsEndpoints>;
  try {
    endpoints = awsEndpoints(connection);
  } catch (error) {
    throw new LiveImportError('invalid-input', (error as Error).message);
  }
  const shown = endpoints.sqs.url === endpoints.sns.url ? endpoints.sqs.url : `${endpoints.sqs.url} and ${endpoints.sns.url}`;
  return { endpoints, shown, secrets: [connection.credentials.secretAccessKey, connection.credentials.sessionToken] };
}

/** Reads the account through `guard`. Throws a LiveImportError (never anything else) on failure. */
export async function readSqsSns(connection: SqsSnsConnection, guard: ConnectionGuard): Promise<LiveSqsSnsRead> {
  const { endpoints, shown, secrets } = awsTarget(connection);
  let current = endpoints.sqs.url;
  const { sqs, sns, destroy } = awsClients(connection, endpoints, guard, PARALLEL);
  const read = async (): Promise<LiveSqsSnsRead> => {
    const problems: string[] = [];
    current = endpoints.sqs.url;
    const urls: string[] = [];
    for (let token: string | undefined, first = true; first || token; first = false) {
      const page = await sqs.send(new ListQueuesCommand({ MaxResults: 1000, ...(token ? { NextToken: token } : {}) }));
      urls.push(...(page.QueueUrls ?? []));
      token = page.NextToken;
      if (urls.length >= MAX_LIVE_QUEUES) {
        if (token || urls.length > MAX_LIVE_QUEUES) problems.push(`The account has more than ${MAX_LIVE_QUEUES} queues in ${connection.region}; the first ${MAX_LIVE_QUEUES} were read.`);
        break;
      }
    }
    const queues: LiveSqsQueue[] = await inParallel(urls.slice(0, MAX_LIVE_QUEUES), async (url) => {
      const answer = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }));
      return { url, attributes: { ...(answer.Attributes ?? {}) } };
    });

    current = endpoints.sns.url;
    const arns: string[] = [];
    for (let token: string | undefined, first = true; first || token; first = false) {
      const page = await sns.send(new ListTopicsCommand(token ? { NextToken: token } : {}));
      arns.push(...(page.Topics ?? []).map((t) => t.TopicArn).filter((arn): arn is string => typeof arn === 'string'));
      token = page.NextToken;
      if (arns.length >= MAX_LIVE_TOPICS_SNS) {
        if (token || arns.length > MAX_LIVE_TOPICS_SNS) problems.push(`The account has more than ${MAX_LIVE_TOPICS_SNS} topics in ${connection.region}; the first ${MAX_LIVE_TOPICS_SNS} were read.`);
        break;
      }
    }
    const topics: LiveSnsTopic[] = await inParallel(arns.slice(0, MAX_LIVE_TOPICS_SNS), async (arn) => {
      const answer = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
      return { arn, attributes: { ...(answer.Attributes ?? {}) } };
    });
    const listed: Array<Omit<LiveSnsSubscription, 'attributes'>> = [];
    for (let token: string | undefined, first = true; first || token; first = false) {
      const page = await sns.send(new ListSubscriptionsCommand(token ? { NextToken: token } : {}));
      for (const s of page.Subscriptions ?? []) {
        if (s.SubscriptionArn && s.TopicArn) listed.push({ arn: s.SubscriptionArn, topicArn: s.TopicArn, protocol: s.Protocol ?? '', endpoint: s.Endpoint ?? '' });
      }
      token = page.NextToken;
      if (listed.length >= MAX_LIVE_SUBSCRIPTIONS) {
        if (token || listed.length > MAX_LIVE_SUBSCRIPTIONS)
          problems.push(`The account has more than ${MAX_LIVE_SUBSCRIPTIONS} subscriptions in ${connection.region}; the first ${MAX_LIVE_SUBSCRIPTIONS} were read.`);
        break;
      }
    }
    const known = new Set(arns);
    const subscriptions: LiveSnsSubscription[] = await inParallel(
      listed.slice(0, MAX_LIVE_SUBSCRIPTIONS).filter((s) => known.has(s.topicArn)),
      async (s) => {
        // A subscription pending confirmation has no ARN yet, so no attributes to read.
        if (!s.arn.startsWith('arn:')) return { ...s, attributes: {} };
        const answer = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: s.arn }));
        return { ...s, attributes: { ...(answer.Attributes ?? {}) } };
      },
    );
    return { region: connection.region, queues, topics, subscriptions, source: shown, problems };
  };
  try {
    // The endpoints themselves first: a refused one says so before any request.
    for (const e of [endpoints.sqs, endpoints.sns]) guard.requestOptions(e.host, e.port);
    return await withDeadline(Promise.race([read(), guard.stopped]), connection.timeoutMs, `AWS at ${shown}`, () => guard.closeAll());
  } catch (error) {
    throw guard.failure ?? awsErrorToLive(error, current, secrets);
  } finally {
    destroy();
    guard.closeAll();
  }
}
