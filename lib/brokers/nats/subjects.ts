/**
 * NATS subjects as nats-server reads them: a subject is tokens separated by
 * `.`; in a pattern `*` matches exactly one token and `>` (last token only)
 * one or more. The exporter, the rules and the simulation all ask these
 * questions, so they live with the broker.
 */

/** Why the server would refuse `subject` (nats-server `IsValidSubject`). */
export function subjectProblem(subject: string): string | undefined {
  if (subject === '') return 'it is empty';
  if (/[\uD800-\uDFFF]/u.test(subject)) return 'it holds a broken character (a lone UTF-16 surrogate)';
  const tokens = subject.split('.');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === '') return 'it has an empty token (two dots in a row, or a dot at an end)';
    if (/[ \t\r\n\f]/.test(token)) return 'it contains whitespace';
    if (token === '>' && i !== tokens.length - 1) return '">" can only be the last token';
  }
  return undefined;
}

/** Whether some subject matches both `a` and `b` (nats-server `SubjectsCollide`). */
export function subjectsCollide(a: string, b: string): boolean {
  const ta = a.split('.');
  const tb = b.split('.');
  for (let i = 0; ; i++) {
    if (i === ta.length || i === tb.length) return ta.length === tb.length;
    const x = ta[i];
    const y = tb[i];
    if (x === '>' || y === '>') return true;
    if (x !== '*' && y !== '*' && x !== y) return false;
  }
}

/** Whether every subject `subject` matches is also matched by `pattern` (nats-server `subjectIsSubsetMatch`). */
export function subjectIsSubset(subject: string, pattern: string): boolean {
  const ts = subject.split('.');
  const tp = pattern.split('.');
  for (let i = 0; i < tp.length; i++) {
    const p = tp[i];
    if (p === '>') return i < ts.length;
    if (i >= ts.length) return false;
    const s = ts[i];
    if (s === '>') return false;
    if (p === '*') continue;
    if (s === '*' || s !== p) return false;
  }
  return ts.length === tp.length;
}
