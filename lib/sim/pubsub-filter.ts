/**
 * Evaluates a Pub/Sub subscription filter against a publish's attributes
 * (the publish connection's `arguments`), for the forms the filter language
 * has (https://cloud.google.com/pubsub/docs/subscription-message-filter):
 * `attributes.k = "v"`, `attributes.k != "v"`, `attributes:k`,
 * `hasPrefix(attributes.k, "p")`, each optionally under NOT, joined by AND or
 * by OR (the language refuses AND and OR mixed without parentheses).
 * Returns undefined for what it does not read (parentheses, other
 * functions): the simulation then lets the message through and says so.
 */
export function pubsubFilterMatches(filter: string, attributes: Record<string, unknown>): boolean | undefined {
  const text = filter.trim();
  const hasAnd = /\s+AND\s+/.test(text);
  const hasOr = /\s+OR\s+/.test(text);
  if (text.length === 0 || (hasAnd && hasOr) || /[()]/.test(text.replace(/hasPrefix\(([^()]*)\)/g, ''))) return undefined;
  const terms = text.split(hasOr ? /\s+OR\s+/ : /\s+AND\s+/).map((t) => term(t.trim(), attributes));
  if (terms.some((t) => t === undefined)) return undefined;
  return hasOr ? terms.some(Boolean) : terms.every(Boolean);
}

const KEY = '([A-Za-z0-9_.\\-]+|"[^"]*"|`[^`]*`)';
const VALUE = '"((?:[^"\\\\]|\\\\.)*)"';
const EQUALS = new RegExp(`^attributes\\.${KEY}\\s*(=|!=)\\s*${VALUE}$`);
const HAS = new RegExp(`^attributes:${KEY}$`);
const PREFIX = new RegExp(`^hasPrefix\\(\\s*attributes\\.${KEY}\\s*,\\s*${VALUE}\\s*\\)$`);

function term(raw: string, attributes: Record<string, unknown>): boolean | undefined {
  const negated = /^(NOT\s+|-)/.test(raw);
  const t = raw.replace(/^(NOT\s+|-)/, '').trim();
  const value = (key: string): string | undefined => {
    const v = attributes[key.replace(/^["`]|["`]$/g, '')];
    return v === undefined ? undefined : String(v);
  };
  let result: boolean | undefined;
  let m: RegExpMatchArray | null;
  if ((m = t.match(EQUALS))) result = m[2] === '=' ? value(m[1]) === m[3] : value(m[1]) !== m[3];
  else if ((m = t.match(HAS))) result = value(m[1]) !== undefined;
  else if ((m = t.match(PREFIX))) result = value(m[1])?.startsWith(m[2]) ?? false;
  return result === undefined ? undefined : negated ? !result : result;
}
