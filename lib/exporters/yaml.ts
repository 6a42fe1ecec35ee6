/**
 * The one YAML writer of every exporter. It writes plain data (maps, lists,
 * strings, numbers, booleans, null) in block style, and it is written for the
 * strictest readers the exports meet, not only for YAML 1.2:
 *
 * - YAML 1.1 readers (Go's yaml.v2 behind topicctl and kubectl's
 *   sigs.k8s.io/yaml, PyYAML, older Java parsers) read unquoted `on`, `yes`,
 *   `n`, `off` as booleans, `1:20` as a base-60 number and `012` as octal. A
 *   string is therefore written bare only when it starts with a letter, holds
 *   nothing but letters, digits, single inner spaces and `. _ - / @ = , +`
 *   (and `:` inside a word, as in `localhost:9092`), and is not one of the
 *   boolean or null words of either YAML version; every other string is
 *   double-quoted.
 * - In a double-quoted string, YAML 1.1 still breaks the line at U+0085,
 *   U+2028 and U+2029, and a byte-order mark or a C1 control character is not
 *   printable; the `yaml` library writes those raw (yaml.v2 then fails to read
 *   the file), so they are escaped here as `\uXXXX`, as are all control
 *   characters. Astral characters (emoji) stay as they are.
 * - Map keys follow the same rules, so a topic called `on` stays a string key.
 *
 * Strings must be well-formed Unicode (exporters refuse lone surrogates or
 * replace them with `wellFormed`); numbers must be finite. Anything else is a
 * bug in the exporter and throws.
 */

/** Words YAML 1.1 or 1.2 reads as a boolean or null when they stand bare. */
const SPECIAL_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
/** Starts with a letter; words of safe characters separated by single spaces; a `:` never ends a word. */
const PLAIN = /^[A-Za-z][A-Za-z0-9_./@=,+-]*(?::[A-Za-z0-9_./@=,+-]+)*(?: [A-Za-z0-9_./@=,+-]+(?::[A-Za-z0-9_./@=,+-]+)*)*$/;

/** Whether `text` reads back as this very string when written without quotes, in YAML 1.1 and 1.2. */
export function isPlainSafe(text: string): boolean {
  return PLAIN.test(text) && !SPECIAL_WORDS.test(text);
}

/** `text` as a YAML double-quoted scalar that every YAML 1.1 and 1.2 reader reads back unchanged. */
export function quotedYaml(text: string): string {
  // JSON's escapes (\" \\ \n \t \uXXXX …) are all YAML double-quoted escapes too.
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`YAML writer: ${value} is not a finite number`);
    const text = Object.is(value, -0) ? '0' : String(value);
    // YAML 1.1 floats need a dot (PyYAML reads a bare `1e+21` as a string); `1.0e+21` is a float in both versions.
    return /e/.test(text) && !text.includes('.') ? text.replace('e', '.0e') : text;
  }
  if (typeof value === 'string') return isPlainSafe(value) ? value : quotedYaml(value);
  throw new Error(`YAML writer: cannot write a ${typeof value}`);
}

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Entries of a map, without `undefined` values (as JSON would leave them out). */
function entries(map: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(map).filter(([, v]) => v !== undefined);
}

function isCollection(value: unknown): boolean {
  return (Array.isArray(value) && value.length > 0) || (isMap(value) && entries(value).length > 0);
}

function block(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isCollection(item)) return [`${indent}- ${inline(item)}`];
      // The first line of a nested collection shares the dash's line.
      const [first, ...rest] = block(item, `${indent}  `);
      return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest];
    });
  }
  return entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    const head = `${indent}${scalar(key)}:`;
    if (!isCollection(item)) return [`${head} ${inline(item)}`];
    // A list under a key is indented like kubectl and most hand-written YAML do.
    return [head, ...block(item, `${indent}  `)];
  });
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isMap(value)) return '{}';
  return scalar(value);
}

/** One YAML document for `value` (a map, list or scalar), ending with a newline. */
export function toYaml(value: unknown): string {
  return `${isCollection(value) ? block(value, '').join('\n') : inline(value)}\n`;
}

/** Several documents, `---` between them (Kubernetes manifests, topicctl files). */
export function toYamlDocuments(values: readonly unknown[]): string {
  return values.map(toYaml).join('---\n');
}
