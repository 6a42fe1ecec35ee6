import { healthcheck, type PartRequest, type StackPart } from '../compose-part';

/**
 * Google's Pub/Sub emulator (the Cloud SDK's emulators image): it keeps
 * topics and subscriptions in memory and ignores IAM, ordering regions and
 * exactly-once, so it is for local development only.
 */
export function pubsubEmulatorPart({ port }: PartRequest): StackPart {
  const api = port(8085);
  return {
    services: {
      'pubsub-emulator': {
        image: 'gcr.io/google.com/cloudsdktool/google-cloud-cli:emulators',
        hostname: 'pubsub-emulator',
        command: ['gcloud', 'beta', 'emulators', 'pubsub', 'start', '--host-port=0.0.0.0:8085', '--project=local-project'],
        ports: [`${api}:8085`],
        healthcheck: healthcheck(['CMD', 'curl', '-fsS', 'http://localhost:8085'], '5s'),
      },
    },
    volumes: [],
    notes: [`Pub/Sub emulator: set PUBSUB_EMULATOR_HOST=localhost:${api} (project local-project)`],
  };
}
