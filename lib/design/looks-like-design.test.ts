import { describe, expect, it } from 'vitest';
import { looksLikeDesignText } from './looks-like-design';

describe('looksLikeDesignText', () => {
  it.each([
    ['a plain YAML design', 'queuewright: 1\nnodes: []\n'],
    ['a leading comment', '# Orders, by hand\n# second line\nqueuewright: 1\n'],
    ['a document marker', '---\nqueuewright: 1\n'],
    ['a directive and a marker with a comment', '%YAML 1.2\n--- # orders\nqueuewright: 1\n'],
    ['a BOM and CRLF', '\uFEFF# c\r\n---\r\nqueuewright: 1\r\n'],
    ['the version key after the name', 'name: Orders\nnodes: []\nqueuewright: 1\n'],
    ['a quoted key', '"queuewright": 1\n'],
    ['JSON', '{"queuewright": 1, "nodes": []}'],
    ['JSON with the version key last', '{"name": "x", "nodes": [{"kind": "producer"}], "queuewright": 1}'],
    ['a YAML flow mapping', '{queuewright: 1, nodes: []}'],
  ])('recognises %s', (_, text) => {
    expect(looksLikeDesignText(text)).toBe(true);
  });

  it.each([
    ['an AsyncAPI document', 'asyncapi: 3.0.0\ninfo:\n  title: x\n  queuewright: 1\n'],
    ['an extension key', 'x-queuewright: 1\n'],
    ['JSON with the key nested', '{"asyncapi": "3.0.0", "info": {"queuewright": 1}, "examples": ["\\"queuewright\\": 1"]}'],
    ['a comment that mentions it', '# queuewright: 1\nexchanges: []\n'],
    ['an empty file', ''],
  ])('does not mistake %s for a design', (_, text) => {
    expect(looksLikeDesignText(text)).toBe(false);
  });
});
