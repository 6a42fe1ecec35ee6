import { healthcheck, parseImageVersion, type ImageTag, type PartRequest, type Service, type StackPart } from '../compose-part';

/** The Alpine nats image of the design's version, from 2.9 on. */
export function natsImageTag(version: string | undefined): ImageTag {
  const v = parseImageVersion(version);
  if (!v) return { tag: '2.10-alpine' };
  // JetStream came with 2.2; the exports write 2.9 fields.
  if (v.major < 2 || (v.major === 2 && v.minor < 9)) return { tag: '2.9-alpine', note: `nats-server ${version} is older than the 2.9 the JetStream export writes for; the stack runs 2.9` };
  return { tag: v.patch !== undefined ? `${v.major}.${v.minor}.${v.patch}-alpine` : `${v.major}.${v.minor}-alpine` };
}

/** NATS with JetStream: one server, or `nodes` servers routed into one JetStream cluster. */
export function natsPart({ version, nodes, port }: PartRequest): StackPart {
  const { tag, note } = natsImageTag(version);
  const name = (n: number) => (nodes === 1 ? 'nats' : `nats-${n}`);
  const routes = Array.from({ length: nodes }, (_, i) => `nats-route://${name(i + 1)}:6222`).join(',');
  const services: Record<string, Service> = {};
  const volumes: string[] = [];
  const clients: string[] = [];
  for (let n = 1; n <= nodes; n++) {
    const client = port(4222);
    const monitor = port(8222);
    clients.push(`localhost:${client}`);
    const volume = nodes === 1 ? 'nats-data' : `nats-data-${n}`;
    volumes.push(volume);
    services[name(n)] = {
      image: `nats:${tag}`,
      hostname: name(n),
      command: ['-js', '-sd', '/data', '-m', '8222', ...(nodes === 1 ? [] : ['--name', name(n), '--cluster_name', 'local', '--cluster', 'nats://0.0.0.0:6222', '--routes', routes])],
      ports: [`${client}:4222`, `${monitor}:8222`],
      volumes: [`${volume}:/data`],
      healthcheck: healthcheck(['CMD', 'wget', '-q', '--spider', 'http://localhost:8222/healthz?js-enabled-only=true'], '5s'),
    };
  }
  return { services, volumes, notes: [`NATS ${tag} with JetStream (${nodes} server${nodes === 1 ? '' : 's'}): ${clients.join(',')}`, ...(note ? [note] : [])] };
}
