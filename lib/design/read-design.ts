import { ERROR_KEYS, PARSE_CODES, designFromData, fail, type ReadDesignOptions, type ReadDesignResult } from './design-from-data';
import { locatePath, parseDataText } from './safe-parse-text';

export { formatDesignErrors } from './design-from-data';

/** Reads a design file's text (JSON or YAML): safe parsing, then the restore step, with line numbers on every error it can place. */
export function readDesign(text: string, options: ReadDesignOptions = {}): ReadDesignResult {
  if (typeof text !== 'string') return fail('QW005', { message: 'Expected text.' });
  const parsed = parseDataText(text, options.format ?? 'auto');
  if (!parsed.ok) return fail(PARSE_CODES[parsed.code], parsed.problem);
  const result = designFromData(parsed.data, options);
  // Point at the line of each error or notice where the text lets us find it.
  for (const problem of result.ok ? result.notices : result.errors) {
    const keys = ERROR_KEYS.get(problem);
    if (keys && problem.line === undefined) {
      const location = locatePath(text, keys);
      if (location) Object.assign(problem, location);
    }
  }
  return result;
}
