/** Rounds for the report: results are compared as text, so every number has one spelling. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
