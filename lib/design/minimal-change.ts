/**
 * Text edits that keep an editor's cursor and scroll: when a whole new text
 * arrives (the design re-written as YAML), only the part that differs is
 * replaced, so positions before and after it map through unchanged.
 */

/** The one replacement that turns `before` into `after`: the differing middle between their common start and end. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}

/** Above this many line pairs the line diff is skipped for one replacement: the cursor may move, the text is still right. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * The changes (offsets into `before`, in order, not overlapping) that turn
 * `before` into `after`, line by line, each changed line narrowed to the
 * characters that differ. A rename that rewrites an id line, two connection
 * ends and a layout key leaves the line being typed on untouched, so its
 * cursor stays.
 */
export function textChanges(before: string, after: string): { from: number; to: number; insert: string }[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const offsets = [0];
  for (const line of a) offsets.push(offsets[offsets.length - 1] + line.length);
  const n = tailA - head;
  const m = tailB - head;
  if (n * m > MAX_DIFF_CELLS) return [narrow(before, offsets[head], offsets[tailA], b.slice(head, tailB).join(''))];
  // Longest common subsequence of the middle lines, then its gaps are the changes.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[head + i] === b[head + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const changes: { from: number; to: number; insert: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      i++;
      j++;
      continue;
    }
    const startI = i;
    const startJ = j;
    while ((i < n || j < m) && !(i < n && j < m && a[head + i] === b[head + j])) {
      if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) i++;
      else j++;
    }
    changes.push(narrow(before, offsets[head + startI], offsets[head + i], b.slice(head + startJ, head + j).join('')));
  }
  return changes;
}

/** Replacing `before[from, to)` by `insert`, with the common start and end left out. */
function narrow(before: string, from: number, to: number, insert: string): { from: number; to: number; insert: string } {
  const inner = minimalChange(before.slice(from, to), insert) ?? { from: 0, to: 0, insert: '' };
  return { from: from + inner.from, to: from + inner.to, insert: inner.insert };
}

/** Lines with their line breaks, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
