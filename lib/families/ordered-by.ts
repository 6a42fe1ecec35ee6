/**
 * `items` sorted by where their key stands in `preferred`; items whose key it does not name follow, in their
 * own order. The studio's lists that predate the families keep their order this way (a wizard's ties, the
 * export dialog), while a new broker needs no entry: it comes last.
 */
export function orderedBy<T>(items: readonly T[], keyOf: (item: T) => string, preferred: readonly string[]): T[] {
  const rank = (item: T) => {
    const at = preferred.indexOf(keyOf(item));
    return at === -1 ? preferred.length : at;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
