import { healthcheck, parseImageVersion, type ImageTag, type PartRequest, type StackPart } from '../compose-part';

/** The rabbitmq image with the management UI for the design's `major.minor`, from 3.10 on. */
export function rabbitmqImageTag(version: string | undefined): ImageTag {
  const v = parseImageVersion(version);
  // The 3.10 floor is what every RabbitMQ export is written for (rabbitmq-topology.ts).
  if (!v) return { tag: '3.13-management' };
  if (v.major < 3 || (v.major === 3 && v.minor < 10)) return { tag: '3.10-management', note: `RabbitMQ ${version} is older than the 3.10 the exports are written for; the stack runs 3.10` };
  return { tag: `${v.major}.${v.minor}-management` };
}

/** RabbitMQ with the management UI, one node: every RabbitMQ export applies to one node. */
export function rabbitmqPart({ version, port }: PartRequest): StackPart {
  const { tag, note } = rabbitmqImageTag(version);
  const amqp = port(5672);
  const ui = port(15672);
  return {
    services: {
      rabbitmq: {
        image: `rabbitmq:${tag}`,
        hostname: 'rabbitmq',
        ports: [`${amqp}:5672`, `${ui}:15672`],
        healthcheck: healthcheck(['CMD', 'rabbitmq-diagnostics', '-q', 'check_port_connectivity']),
      },
    },
    volumes: [],
    notes: [`RabbitMQ ${tag} (one node; quorum queues keep one replica here): AMQP on localhost:${amqp}, UI on http://localhost:${ui} (guest/guest)`, ...(note ? [note] : [])],
  };
}
