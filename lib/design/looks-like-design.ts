/**
 * Whether text is a Queuewright design file, judged the way people write one:
 * a BOM, leading comments, a `%YAML` directive or a `---` document marker
 * before the first key, and `queuewright:` anywhere among the top-level keys
 * (hand-written files often start with `name:`). Cheap: no parsing, so import
 * detection can ask it of any file.
 */

/** Blank lines, `# comments`, `%` directives and `---` markers before the content. */
const YAML_PREAMBLE = /^(?:\uFEFF)?(?:[ \t]*(?:#[^\n]*)?\r?\n|%[^\n]*\r?\n|---[ \t]*(?:#[^\n]*)?\r?\n)*/;

/** A top-level (column 0) `queuewright:` key of a block mapping, quoted or not. */
const YAML_TOP_LEVEL_KEY = /^["']?queuewright["']?[ \t]*:/m;

/** The first key of a JSON object or YAML flow mapping. */
const FLOW_FIRST_KEY = /^\s*\{\s*["']?queuewright["']?\s*:/;

export function looksLikeDesignText(text: string): boolean {
  if (typeof text !== 'string') return false;
  const body = text.replace(YAML_PREAMBLE, '');
  if (/^\s*\{/.test(body)) return FLOW_FIRST_KEY.test(body) || hasTopLevelJsonKey(body, 'queuewright');
  return YAML_TOP_LEVEL_KEY.test(body);
}

/**
 * Whether the outermost JSON object has `key` among its names, found by one
 * pass over the text that tracks strings and nesting (a "queuewright" name
 * inside another format's payload example does not count).
 */
function hasTopLevelJsonKey(text: string, key: string): boolean {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const start = i + 1;
      for (i = start; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1 && expectKey && text.slice(start, i) === key) return true;
      expectKey = false;
    } else if (ch === '{' || ch === '[') {
      depth++;
      expectKey = ch === '{' && depth === 1;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth <= 0) return false;
    } else if (ch === ',' && depth === 1) expectKey = true;
  }
  return false;
}
