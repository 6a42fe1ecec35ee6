import { describe, expect, it } from 'vitest';
import { fieldLabel } from '@/lib/design/field-labels';
import { producer } from '@/lib/design/kinds/producer';
import { jsonSchemaOf } from './json-schema-of';

/** The inspector builds a producer's form from its schema: the daily traffic curve is a group of its own, labelled, with steady by default. */
describe('producer form: traffic over the day', () => {
  const traffic = jsonSchemaOf(producer.schema).properties?.traffic;

  it('is a group of pattern, busiest over quietest and busiest hour, steady unless set', () => {
    expect(traffic?.type).toBe('object');
    expect(Object.keys(traffic?.properties ?? {})).toEqual(['pattern', 'peakToTrough', 'peakHour']);
    expect(traffic?.properties?.pattern.enum).toEqual(['steady', 'daily']);
    expect(traffic?.properties?.pattern.default).toBe('steady');
    expect(jsonSchemaOf(producer.schema).required ?? []).not.toContain('traffic');
  });

  it('has curated labels', () => {
    expect(fieldLabel('producer', ['traffic'])).toBe('Traffic over the day');
    expect(fieldLabel('producer', ['traffic', 'peakToTrough'])).toBe('Busiest rate ÷ quietest');
    expect(fieldLabel('producer', ['traffic', 'peakHour'])).toBe('Busiest hour (UTC)');
  });
});
