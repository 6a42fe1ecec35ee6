import { topicWords } from '../../rabbitmq/routing';

/**
 * Binding-key syntax for topic exchanges. `*` and `#` are wildcards only as
 * whole dot-separated words; anywhere else they are literal characters,
 * which is almost never what the author meant.
 */

const WILDCARD = /[*#]/;

/** The words of a topic binding key that misuse a wildcard (`orders*`, `#b`), and whether it has empty words. */
export function topicKeyProblems(key: string): { malformedWords: string[]; emptyWords: boolean } {
  const words = topicWords(key);
  return {
    malformedWords: words.filter((w) => WILDCARD.test(w) && w !== '*' && w !== '#'),
    emptyWords: words.some((w) => w === ''),
  };
}

/**
 * The key rewritten as whole words (`orders*` → `orders.*`, `a..b` → `a.b`),
 * or `undefined` when the intent is not clear enough to rewrite.
 */
export function rewriteTopicKey(key: string): string | undefined {
  const out: string[] = [];
  for (const word of topicWords(key)) {
    if (word === '') continue;
    if (word === '*' || word === '#' || !WILDCARD.test(word)) {
      out.push(word);
      continue;
    }
    const match = /^([*#]?)([^*#]+)([*#]?)$/.exec(word);
    if (!match) return undefined;
    out.push(...[match[1], match[2], match[3]].filter((part) => part !== ''));
  }
  const rewritten = out.join('.');
  return out.length > 0 && rewritten !== key ? rewritten : undefined;
}

export function hasWildcard(key: string): boolean {
  return WILDCARD.test(key);
}
