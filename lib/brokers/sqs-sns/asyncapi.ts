import type { AsyncapiServerSpec } from '../asyncapi-server';

/**
 * How AsyncAPI names Amazon SQS and SNS: one protocol and one binding key
 * each (https://github.com/asyncapi/bindings/tree/master/sqs, …/sns).
 */
export const SQS_SNS_ASYNCAPI = { protocols: ['sqs', 'sns'], bindings: ['sqs', 'sns'] } as const;

const region = { region: { default: 'us-east-1', description: 'AWS region' } };

/**
 * An AWS account's servers: one for SQS and one for SNS, since each server has one protocol. An SNS topic is on
 * the SNS server (`<cluster id>-sns`), every other node on the SQS one.
 */
export const SQS_SNS_ASYNCAPI_SERVER: AsyncapiServerSpec = {
  servers: () => ({
    sqs: { host: 'sqs.{region}.amazonaws.com', protocol: 'sqs', variables: region },
    sns: { host: 'sns.{region}.amazonaws.com', protocol: 'sns', variables: region },
  }),
  serverOf: (kind) => (kind === 'sns-topic' ? 'sns' : 'sqs'),
};
