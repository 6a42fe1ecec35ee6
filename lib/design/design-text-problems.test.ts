import { describe, expect, it } from 'vitest';
import { lineRange, placeDesignProblems } from './design-text-problems';
import { readDesign } from './read-design';
import { indexYamlText } from './yaml-text-index';

const problemsOf = (text: string) => {
  const result = readDesign(text);
  const problems = result.ok ? result.notices : result.errors;
  return placeDesignProblems(text, indexYamlText(text), problems);
};

describe('placeDesignProblems', () => {
  it('puts an invalid value on its own text', () => {
    const text = 'queuewright: 2\nnodes:\n  - kind: kafka-topic\n    id: t\n    name: t\n    partitions: lots\n';
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ code: 'QW007', line: 6 });
    expect(text.slice(problem.from, problem.to)).toBe('lots');
    expect(problem.message).toContain('nodes[0].partitions');
  });

  it('puts an unknown key (a typo) on its line, with the key it most likely meant', () => {
    const text = 'queuewright: 2\nnodes:\n  - kind: kafka-topic\n    id: t\n    name: t\n    partitons: 3\n';
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ code: 'QW009', line: 6 });
    expect(problem.message).toMatch(/partitions/);
  });

  it('puts a YAML syntax error at the line the parser names', () => {
    const text = 'queuewright: 2\nname: a\nnodes:\n  - kind: producer\n   id: x: y\n';
    const [problem] = problemsOf(text);
    expect(problem.code).toBe('QW002');
    expect(problem.line).toBeGreaterThanOrEqual(4);
    expect(problem.to).toBeGreaterThan(problem.from);
  });

  it('marks only the first line of a block', () => {
    const text = 'queuewright: 2\nnodes:\n  - kind: producer\n    id: p\n    name: p\nconnections:\n  - id: c\n    kind: publish\n    from: p\n    to: nowhere\n';
    const placed = problemsOf(text);
    expect(placed.length).toBeGreaterThan(0);
    for (const problem of placed) expect(text.slice(problem.from, problem.to)).not.toContain('\n');
  });
});

describe('lineRange', () => {
  it('spans the rest of a line from a column, and an empty line at its start', () => {
    const text = 'ab\ncdef\n\nx';
    expect(lineRange(text, 2, 2)).toMatchObject({ from: 4, to: 7, line: 2 });
    expect(lineRange(text, 3)).toMatchObject({ from: 8, to: 8 });
    expect(lineRange(text, 99)).toMatchObject({ line: 99 });
  });
});
