import { healthcheck, type PartRequest, type StackPart } from '../compose-part';

/** LocalStack running SQS and SNS, one container for every SQS and SNS cluster of the design. */
export function localstackPart({ port }: PartRequest): StackPart {
  const edge = port(4566);
  return {
    services: {
      localstack: {
        image: 'localstack/localstack:3.8',
        hostname: 'localstack',
        ports: [`${edge}:4566`],
        environment: { SERVICES: 'sqs,sns', AWS_DEFAULT_REGION: 'us-east-1' },
        healthcheck: healthcheck(['CMD', 'curl', '-fsS', 'http://localhost:4566/_localstack/health'], '5s'),
      },
    },
    volumes: [],
    notes: [`LocalStack for SQS and SNS: http://localhost:${edge} (region us-east-1, any credentials)`],
  };
}
