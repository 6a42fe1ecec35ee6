import { stringify } from 'yaml';
import { runRules, type Rule } from '@/lib/rules';
import { makeDesign, type TestDesignInput } from '@/lib/design/build-design';

/** A rule's documented example as YAML, and the messages the rule gives on it. */
export function describeExample(rule: Rule, example: TestDesignInput): { yaml: string; messages: string[] } {
  const yaml = stringify(example, { lineWidth: 0 });
  try {
    return { yaml, messages: runRules(makeDesign(example), [rule]).map((f) => f.message) };
  } catch (error) {
    return { yaml, messages: [`(example could not be evaluated: ${error instanceof Error ? error.message : String(error)})`] };
  }
}
