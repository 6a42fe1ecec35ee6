import { healthcheck, parseImageVersion, type PartRequest, type StackPart } from '../compose-part';

/** Pulsar standalone (apachepulsar/pulsar), one node: the design's version, or 3.3.2 when it declares none. */
export function pulsarPart({ version, port }: PartRequest): StackPart {
  const v = parseImageVersion(version);
  const tag = v ? `${v.major}.${v.minor}.${v.patch ?? 0}` : '3.3.2';
  const broker = port(6650);
  const admin = port(8080);
  return {
    services: {
      pulsar: {
        image: `apachepulsar/pulsar:${tag}`,
        hostname: 'pulsar',
        command: ['bin/pulsar', 'standalone'],
        ports: [`${broker}:6650`, `${admin}:8080`],
        healthcheck: healthcheck(['CMD', 'bin/pulsar-admin', 'brokers', 'healthcheck']),
      },
    },
    volumes: [],
    notes: [`Pulsar ${tag} standalone: pulsar://localhost:${broker}, admin on http://localhost:${admin}`],
  };
}
