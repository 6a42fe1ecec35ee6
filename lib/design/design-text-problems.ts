import { ERROR_KEYS, type DesignError, type DesignNotice } from './design-from-data';
import type { TextRange, YamlTextIndex } from './yaml-text-index';

/** A problem of a design text placed on its range, for an editor to underline. */
export interface PlacedProblem {
  from: number;
  to: number;
  line: number;
  code: string;
  message: string;
}

/**
 * Places the restore step's errors and notices (`readDesign`) on the text:
 * on the value their keys lead to when the restore step kept them, else on
 * the line and column it found (a syntax error), else on the first line.
 * A block (a whole node) is marked on its first line only, so one error does
 * not paint forty lines.
 */
export function placeDesignProblems(text: string, index: YamlTextIndex, problems: ReadonlyArray<DesignError | DesignNotice>): PlacedProblem[] {
  return problems.map((problem) => {
    const keys = ERROR_KEYS.get(problem);
    const range = (keys && index.rangeOf(keys)) ?? lineRange(text, problem.line ?? 1, problem.column);
    const firstLine = range.endLine > range.line ? lineRange(text, range.line, range.column) : range;
    const where = problem.path ? ` (at ${problem.path})` : '';
    return { from: firstLine.from, to: firstLine.to, line: firstLine.line, code: problem.code, message: `${problem.code}: ${problem.message}${where}` };
  });
}

/** The rest of line `line` from `column` (1-based); an empty line gives an empty range at its start. */
export function lineRange(text: string, line: number, column = 1): TextRange {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const from = Math.min(start + Math.max(0, column - 1), end);
  return { from: from === end && end > start ? start : from, to: end, line, column: from - start + 1, endLine: line };
}
