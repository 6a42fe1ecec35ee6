import { healthcheck, parseImageVersion, type PartRequest, type StackPart } from '../compose-part';

/** ActiveMQ Artemis, one broker (apache/activemq-artemis): the design's version, or 2.40.0 when it declares none. */
export function artemisPart({ version, port }: PartRequest): StackPart {
  const v = parseImageVersion(version);
  const tag = v ? `${v.major}.${v.minor}.${v.patch ?? 0}` : '2.40.0';
  const broker = port(61616);
  const amqp = port(5672);
  return {
    services: {
      artemis: {
        image: `apache/activemq-artemis:${tag}`,
        hostname: 'artemis',
        environment: { ARTEMIS_USER: 'artemis', ARTEMIS_PASSWORD: 'artemis' },
        ports: [`${broker}:61616`, `${amqp}:5672`],
        // The official image's instance lives in /var/lib/artemis-instance; `check node` asks the broker itself.
        healthcheck: healthcheck(['CMD', '/var/lib/artemis-instance/bin/artemis', 'check', 'node', '--user', 'artemis', '--password', 'artemis'], '30s'),
      },
    },
    volumes: [],
    notes: [
      `ActiveMQ Artemis ${tag}: tcp://localhost:${broker} (all protocols), AMQP on localhost:${amqp}; user artemis/artemis. Mount the exported broker.xml's sections into /var/lib/artemis-instance/etc-override`,
    ],
  };
}
