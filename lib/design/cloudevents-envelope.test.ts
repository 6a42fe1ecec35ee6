import { describe, expect, it } from 'vitest';
import { designFromData, formatDesignErrors } from '.';

const topic = (envelope: unknown) => ({ queuewright: 2, nodes: [{ kind: 'kafka-topic', id: 't', name: 't', messageSchema: { format: 'json', envelope } }] });
const envelope = { standard: 'cloudevents', mode: 'binary', type: 'com.example.order.placed', source: '/orders' };

function errorsOf(data: unknown): string {
  const result = designFromData(data);
  return result.ok ? '' : formatDesignErrors(result.errors);
}

describe('CloudEvents envelope', () => {
  it('is optional: a design without one reads back without one', () => {
    const result = designFromData({ queuewright: 2, nodes: [{ kind: 'kafka-topic', id: 't', name: 't' }] });
    expect(result.ok && result.design.nodes[0]).toMatchObject({ messageSchema: { format: 'none' } });
    expect(result.ok && 'envelope' in (result.design.nodes[0] as { messageSchema: object }).messageSchema).toBe(false);
  });

  it('accepts the attributes the specification allows, with specversion 1.0 implied', () => {
    const result = designFromData(
      topic({
        ...envelope,
        source: 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66',
        dataContentType: 'application/json; charset=utf-8',
        dataSchema: 'https://example.com/s.json',
        subject: 'orders/{id}',
      }),
    );
    expect(result.ok && result.design.nodes[0]).toMatchObject({ messageSchema: { envelope: { specversion: '1.0', mode: 'binary' } } });
  });

  it.each([
    ['an empty type', { ...envelope, type: '' }, 'type cannot be empty'],
    ['an empty source', { ...envelope, source: '' }, 'source cannot be empty'],
    ['a source with a space', { ...envelope, source: '/my orders' }, 'URI-reference'],
    ['a relative data schema', { ...envelope, dataSchema: '/schemas/a.json' }, 'absolute URI'],
    ['a content type that is no media type', { ...envelope, dataContentType: 'json' }, 'media type'],
    ['an empty subject', { ...envelope, subject: '' }, 'subject, when set, cannot be empty'],
    ['another spec version', { ...envelope, specversion: '0.3' }, 'specversion'],
    ['no mode', { standard: 'cloudevents', type: 'a', source: '/a' }, 'mode'],
  ])('refuses %s, naming the field', (_name, bad, words) => {
    const text = errorsOf(topic(bad));
    expect(text).toContain(words);
    expect(text).toContain('envelope');
  });
});
