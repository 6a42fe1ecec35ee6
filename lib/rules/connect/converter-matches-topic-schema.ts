import { incoming, nodeById, nodesOfKind } from '../../design';
import { converterFacts, converterFitsSchema, JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT } from '../../brokers/kafka-connect/converters';
import { defineRule } from '../rule';
import { topicsReadBy, topicsWrittenBy } from './_topics';

export const converterMatchesTopicSchema = defineRule({
  meta: {
    id: 'connect/converter-matches-topic-schema',
    category: 'schema',
    severity: 'error',
    reads: ['kafka-topic', 'connect-source', 'connect-sink'],
    summary: "A connector's value converter must read and write the format the topic's messages are declared in.",
    messages: {
      sinkReadsOtherFormat: 'Sink connector "{connector}" reads topic "{topic}", declared {format}, with {converter}, which decodes {converterFormat}: every record fails to convert.',
      sourceWritesOtherFormat: 'Source connector "{connector}" writes {converterFormat} ({converter}) to topic "{topic}", declared {format}: its readers cannot decode what it writes.',
      noEnvelope:
        'Sink connector "{connector}" reads plain JSON from topic "{topic}" with JsonConverter and schemas.enable=true, which expects a schema/payload envelope: every record fails to convert.',
    },
  },
  check({ design, report }) {
    const short = (className: string) => className.slice(className.lastIndexOf('.') + 1);
    for (const sink of nodesOfKind(design, 'connect-sink')) {
      const converter = sink.config['value.converter'];
      const facts = converterFacts(converter);
      if (!facts) continue;
      for (const topic of topicsReadBy(design, sink.id)) {
        if (!converterFitsSchema(facts, topic.messageSchema)) {
          report({
            target: { type: 'node', id: sink.id },
            messageId: 'sinkReadsOtherFormat',
            data: { connector: sink.name, topic: topic.name, format: topic.messageSchema.format, converter: short(converter!), converterFormat: facts.format },
          });
        } else if (facts.format === 'json' && topic.messageSchema.format === 'json' && (sink.config['value.converter.schemas.enable'] ?? JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT)) {
          // Only Connect (a source with JsonConverter and schemas on) writes the envelope; services write plain JSON.
          const writers = incoming(design, topic.id, 'publish').map((c) => nodeById(design, c.from));
          const plain = writers.some(
            (w) =>
              w !== undefined && !(w.kind === 'connect-source' && w.config['value.converter'] === converter && (w.config['value.converter.schemas.enable'] ?? JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT)),
          );
          if (plain) report({ target: { type: 'node', id: sink.id }, messageId: 'noEnvelope', data: { connector: sink.name, topic: topic.name } });
        }
      }
    }
    for (const source of nodesOfKind(design, 'connect-source')) {
      const converter = source.config['value.converter'];
      const facts = converterFacts(converter);
      if (!facts) continue;
      for (const topic of topicsWrittenBy(design, source.id)) {
        if (converterFitsSchema(facts, topic.messageSchema)) continue;
        report({
          target: { type: 'node', id: source.id },
          messageId: 'sourceWritesOtherFormat',
          data: { connector: source.name, topic: topic.name, format: topic.messageSchema.format, converter: short(converter!), converterFormat: facts.format },
        });
      }
    }
  },
});
