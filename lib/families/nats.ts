import type { BrokerProfile } from '../advisor';
import { generateNats } from '../advisor/generate-nats';
import { natsJetstreamExporter } from '../exporters/nats-jetstream';
import { natsJetstreamImporter } from '../importers/nats-jetstream';
import { natsWorkQueue } from '../templates/nats-work-queue';
import { defineBrokerFamily } from './broker-family';

const natsProfile: BrokerProfile = {
  broker: 'nats',
  label: 'NATS JetStream',
  maxThroughput: 200_000,
  latencyMs: 1,
  orderingModel: 'per stream and subject',
  perKeyOrdering: 'workaround',
  exactlyOnce: 'deduplication',
  maxRetentionHours: Infinity,
  replay: true,
  routing: 'subjects',
  operationalComplexity: 2,
  multiTenant: true,
};

/** NATS JetStream: its stream and consumer configurations. */
export const natsFamily = defineBrokerFamily({
  broker: 'nats',
  exporters: [natsJetstreamExporter],
  importers: [natsJetstreamImporter],
  templates: [natsWorkQueue],
  advisor: {
    nats: { profile: natsProfile, generate: generateNats },
  },
});
