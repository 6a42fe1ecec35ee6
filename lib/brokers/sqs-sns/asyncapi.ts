/**
 * How AsyncAPI names Amazon SQS and SNS: one protocol and one binding key
 * each (https://github.com/asyncapi/bindings/tree/master/sqs, …/sns).
 */
export const SQS_SNS_ASYNCAPI = { protocols: ['sqs', 'sns'], bindings: ['sqs', 'sns'] } as const;
