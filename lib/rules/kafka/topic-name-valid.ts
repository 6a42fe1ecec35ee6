import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';

/** Topic.java: at most 249 characters of ASCII letters, digits, '.', '_' and '-', and not "." or "..". */
const MAX_LENGTH = 249;
const LEGAL = /^[a-zA-Z0-9._-]+$/;

function problem(name: string): string | undefined {
  if (name.length > MAX_LENGTH) return `it is ${name.length} characters long (at most ${MAX_LENGTH})`;
  if (!LEGAL.test(name)) return 'it contains characters other than ASCII letters, digits, ".", "_" and "-"';
  if (name === '.' || name === '..') return `"${name}" is reserved`;
  return undefined;
}

export const topicNameValid = defineRule({
  meta: {
    id: 'kafka/topic-name-valid',
    category: 'operability',
    severity: 'error',
    reads: [],
    scope: 'node',
    summary: "A Kafka topic's name must be a legal topic name.",
    messages: {
      illegal: 'Topic name "{topic}" is not a legal Kafka topic name ({why}): creating it fails with InvalidTopicException.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const why = problem(topic.name);
      if (!why) continue;
      const legal = legalName(topic.name, topic.id);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'illegal',
        data: { topic: topic.name, why },
        fix: { label: `Rename to "${legal}"`, apply: (d) => updateNode(d, topic.id, { name: legal }) },
      });
    }
  },
});

/** The name with illegal runs turned into "-", trimmed to length; the node id (always legal) when nothing is left. */
function legalName(name: string, id: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? id : cleaned;
}
