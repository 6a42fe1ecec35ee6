import { SQSClient } from '@aws-sdk/client-sqs';
import { SNSClient } from '@aws-sdk/client-sns';
import { guardedAgents } from './aws-agents';
import type { ConnectionGuard } from './connection-guard';
import type { awsEndpoints, SqsSnsConnection } from './sqs-sns-connection';

/**
 * The SQS and SNS clients of one read or apply: the connection's key (so the
 * SDK looks for no credentials of its own), its endpoints, and agents whose
 * every socket comes from `guard`. `destroy` ends them.
 */
export function awsClients(connection: SqsSnsConnection, endpoints: ReturnType<typeof awsEndpoints>, guard: ConnectionGuard, parallel: number) {
  const agents = guardedAgents(guard, parallel);
  const common = {
    region: connection.region,
    // A copy: the SDK writes its own bookkeeping ($source) into the object it is given.
    credentials: { ...connection.credentials },
    maxAttempts: 2,
    requestHandler: { ...agents, connectionTimeout: connection.timeoutMs, requestTimeout: connection.timeoutMs, throwOnRequestTimeout: true },
  };
  const sqs = new SQSClient({ ...common, ...(connection.endpoint ? { endpoint: endpoints.sqs.url } : {}), useQueueUrlAsEndpoint: false });
  const sns = new SNSClient({ ...common, ...(connection.endpoint ? { endpoint: endpoints.sns.url } : {}) });
  const destroy = () => {
    sqs.destroy();
    sns.destroy();
    agents.httpAgent.destroy();
    agents.httpsAgent.destroy();
  };
  return { sqs, sns, destroy };
}
