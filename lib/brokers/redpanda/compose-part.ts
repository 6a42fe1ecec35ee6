import { healthcheck, parseImageVersion, type ImageTag, type PartRequest, type Service, type StackPart } from '../compose-part';

/** The redpandadata/redpanda image of the design's version (v24.2.7 when it declares none). */
export function redpandaImageTag(version: string | undefined): ImageTag {
  const v = parseImageVersion(version);
  if (!v) return { tag: 'v24.2.7' };
  // Redpanda's first release of a minor version is .1.
  return { tag: `v${v.major}.${v.minor}.${v.patch ?? 1}` };
}

/** Redpanda: one node in dev-container mode, or `nodes` nodes seeding each other. */
export function redpandaPart({ version, nodes, port }: PartRequest): StackPart {
  const { tag } = redpandaImageTag(version);
  const name = (n: number) => (nodes === 1 ? 'redpanda' : `redpanda-${n}`);
  const services: Record<string, Service> = {};
  const hosts: string[] = [];
  const seeds = Array.from({ length: nodes }, (_, i) => `${name(i + 1)}:33145`).join(',');
  for (let n = 1; n <= nodes; n++) {
    const kafka = port(9092);
    const admin = port(9644);
    hosts.push(`localhost:${kafka}`);
    services[name(n)] = {
      image: `redpandadata/redpanda:${tag}`,
      hostname: name(n),
      command: [
        'redpanda',
        'start',
        '--smp',
        '1',
        ...(nodes === 1 ? ['--mode', 'dev-container'] : ['--overprovisioned', '--seeds', seeds, '--rpc-addr', '0.0.0.0:33145', '--advertise-rpc-addr', `${name(n)}:33145`]),
        '--kafka-addr',
        `internal://0.0.0.0:19092,external://0.0.0.0:${kafka}`,
        '--advertise-kafka-addr',
        `internal://${name(n)}:19092,external://localhost:${kafka}`,
        '--admin-addr',
        `0.0.0.0:${admin}`,
      ],
      ports: [`${kafka}:${kafka}`, `${admin}:${admin}`],
      healthcheck: healthcheck(['CMD-SHELL', `rpk cluster health --api-urls localhost:${admin} | grep -E "Healthy:.+true"`]),
    };
  }
  return { services, volumes: [], notes: [`Redpanda ${tag} (${nodes} node${nodes === 1 ? '' : 's'}): Kafka API on ${hosts.join(',')}`] };
}
