import { z } from 'zod';
import { DEFAULT_LIVE_TIMEOUT_MS, MAX_LIVE_TIMEOUT_MS } from './kafka-connection';

/**
 * How to reach SQS and SNS for a read-only import: a region, an optional
 * endpoint (an emulator such as LocalStack or moto, or a VPC endpoint, which
 * then serves both services), and an access key. The key is always given
 * (the command line takes it from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN), so the SDK never looks for credentials elsewhere (files,
 * the instance metadata service) on its own. Nothing here is stored or logged.
 */

export const sqsSnsConnectionSchema = z.object({
  region: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[a-z0-9]+)+-\d{1,2}$/, 'A region is written like eu-west-1 or us-gov-west-1.'),
  endpoint: z.string().trim().min(1).max(2000).optional(),
  credentials: z
    .object({
      accessKeyId: z.string().min(1).max(200),
      secretAccessKey: z.string().min(1).max(500),
      sessionToken: z.string().min(1).max(10_000).optional(),
    })
    .strict(),
  timeoutMs: z.number().int().min(1000).max(MAX_LIVE_TIMEOUT_MS).default(DEFAULT_LIVE_TIMEOUT_MS),
});

export type SqsSnsConnection = z.output<typeof sqsSnsConnectionSchema>;
export type SqsSnsConnectionInput = z.input<typeof sqsSnsConnectionSchema>;

export interface AwsEndpoint {
  /** Base URL, e.g. https://sqs.eu-west-1.amazonaws.com or http://127.0.0.1:5000. */
  url: string;
  host: string;
  port: number;
}

/** Where the SQS and SNS APIs are; throws a plain Error whose message says what to write instead. */
export function awsEndpoints(connection: Pick<SqsSnsConnection, 'region' | 'endpoint'>): { sqs: AwsEndpoint; sns: AwsEndpoint } {
  const at = (text: string): AwsEndpoint => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error('The endpoint is not a URL: write it like http://localhost:4566.');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`The endpoint's scheme ${url.protocol} is not supported: use http:// or https://.`);
    if (url.username || url.password) throw new Error('The endpoint carries no credentials: give the access key in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.');
    if (url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) throw new Error('The endpoint is a scheme, host and port only (e.g. http://localhost:4566).');
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return { url: `${url.protocol}//${url.host}`, host, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
  };
  if (connection.endpoint) {
    const one = at(connection.endpoint);
    return { sqs: one, sns: one };
  }
  // AWS's public endpoints for the region (China's regions have their own domain).
  const domain = connection.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return { sqs: at(`https://sqs.${connection.region}.${domain}`), sns: at(`https://sns.${connection.region}.${domain}`) };
}
