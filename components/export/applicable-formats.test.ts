import { describe, expect, it } from 'vitest';
import { makeDesign } from '@/lib/design/build-design';
import { EXPORTERS, FORMAT_BROKERS } from '@/lib/families';
import { applicableFormats } from './applicable-formats';

const ids = (design: Parameters<typeof applicableFormats>[1]) => applicableFormats(EXPORTERS, design).map((e) => e.id);

describe('export formats that apply', () => {
  it('knows every exporter, and no exporter that is gone', () => {
    expect(Object.keys(FORMAT_BROKERS).sort()).toEqual(EXPORTERS.map((e) => e.id).sort());
  });

  it('offers a Kafka design only Kafka tools and the formats for any design', () => {
    const formats = ids(
      makeDesign({
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 'orders' },
        ],
        connections: [{ from: 'api', to: 'orders' }],
      }),
    );
    expect(formats).toContain('strimzi');
    expect(formats).toContain('docker-compose');
    expect(formats).toContain('asyncapi');
    expect(formats).not.toContain('rabbitmq-definitions');
    expect(formats).not.toContain('nats-jetstream');
    expect(formats).not.toContain('cloudformation');
  });

  it('offers a RabbitMQ and SQS design both families, and no Kafka tool', () => {
    const formats = ids(
      makeDesign({
        nodes: [
          { kind: 'rabbitmq-queue', id: 'jobs' },
          { kind: 'sqs-queue', id: 'q' },
        ],
      }),
    );
    expect(formats).toEqual(expect.arrayContaining(['rabbitmq-definitions', 'rabbitmqadmin', 'terraform-rabbitmq', 'cloudformation']));
    expect(formats.filter((f) => ['kafka-scripts', 'strimzi', 'topicctl', 'julie-ops', 'terraform-kafka', 'kafka-client-properties'].includes(f))).toEqual([]);
  });

  it('offers an empty design or one of services only the formats for any design', () => {
    expect(ids({ nodes: [] })).toEqual(['design-json', 'design-yaml', 'asyncapi', 'solution-brief-json', 'solution-brief-yaml', 'markdown-report', 'diagram-svg']);
    expect(ids(makeDesign({ nodes: [{ kind: 'producer', id: 'api' }] }))).not.toContain('docker-compose');
  });

  it('lists a format it does not know', () => {
    expect(applicableFormats([{ id: 'brand-new' }], { nodes: [] })).toEqual([{ id: 'brand-new' }]);
  });
});
