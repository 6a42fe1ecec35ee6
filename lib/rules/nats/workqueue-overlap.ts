import { nodesOfKind } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { consumerFilters, durableName } from './_consumers';
import { firstOverlap } from './_helpers';

export const workqueueOverlap = defineRule({
  meta: {
    id: 'nats/workqueue-overlap',
    category: 'delivery',
    severity: 'error',
    reads: ['nats-stream', 'consumer-group'],
    summary: 'The consumers of a work-queue stream must have filters that do not overlap.',
    messages: {
      overlap: 'Consumers "{first}" and "{second}" of work-queue stream "{stream}" both take {subject}: the server refuses the second consumer.',
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      if (stream.retention !== 'workqueue') continue;
      // Group nodes with the same durable name are one server-side consumer.
      const consumers = new Map<string, ReturnType<typeof consumersOf>[number]>();
      for (const group of consumersOf(design, stream.id)) if (!consumers.has(durableName(group))) consumers.set(durableName(group), group);
      const list = [...consumers.values()];
      // Pairwise, but only among the consumers of one stream: a handful, not the design's nodes.
      for (let j = 1; j < list.length; j++) {
        for (let i = 0; i < j; i++) {
          const first = consumerFilters(list[i]);
          const second = consumerFilters(list[j]);
          const overlap = firstOverlap(first, second);
          if (!overlap) continue;
          const unfiltered = list[i].nats.filter_subjects.length === 0 && list[j].nats.filter_subjects.length === 0;
          report({
            target: { type: 'node', id: list[j].id },
            messageId: 'overlap',
            data: {
              first: list[i].name,
              second: list[j].name,
              stream: stream.name,
              subject: unfiltered ? 'every subject (neither is filtered)' : `"${overlap[1] === '>' ? overlap[0] : overlap[1]}"`,
            },
          });
          break;
        }
      }
    }
  },
});
