/**
 * Whether an SNS subscription's filter policy (message-attribute scope)
 * accepts a message with `attributes`, following the documented matching:
 * every key of the policy must match (AND), any value in a key's list may
 * match (OR); a value is an exact string or number, or one operator object
 * (`prefix`, `suffix`, `anything-but`, `exists`, `numeric`).
 * https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html
 *
 * A policy this code cannot read (bad JSON, an operator it does not know,
 * nested payload-scope keys) gives `undefined`: the caller decides, and says
 * so, rather than guessing a match.
 */
export type AttributeValue = string | number | boolean;

export function filterPolicyMatches(policyJson: string, attributes: Readonly<Record<string, AttributeValue>>): boolean | undefined {
  let policy: unknown;
  try {
    policy = JSON.parse(policyJson);
  } catch {
    return undefined;
  }
  if (!isObject(policy)) return undefined;
  for (const [key, condition] of Object.entries(policy)) {
    const values = Array.isArray(condition) ? condition : [condition];
    const value = Object.hasOwn(attributes, key) ? attributes[key] : undefined;
    let matched = false;
    for (const rule of values) {
      const result = ruleMatches(rule, value);
      if (result === undefined) return undefined;
      if (result) {
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

function ruleMatches(rule: unknown, value: AttributeValue | undefined): boolean | undefined {
  if (typeof rule === 'string') return typeof value === 'string' && value === rule;
  if (typeof rule === 'number') return (typeof value === 'number' || typeof value === 'string') && Number(value) === rule;
  if (!isObject(rule)) return undefined;
  const entries = Object.entries(rule);
  if (entries.length !== 1) return undefined;
  const [operator, operand] = entries[0];
  switch (operator) {
    case 'exists':
      return typeof operand === 'boolean' ? (value !== undefined) === operand : undefined;
    case 'prefix':
      return typeof operand === 'string' ? typeof value === 'string' && value.startsWith(operand) : undefined;
    case 'suffix':
      return typeof operand === 'string' ? typeof value === 'string' && value.endsWith(operand) : undefined;
    case 'anything-but': {
      if (value === undefined) return false;
      const excluded = Array.isArray(operand) ? operand : [operand];
      if (!excluded.every((x) => typeof x === 'string' || typeof x === 'number')) return undefined;
      return !excluded.some((x) => String(x) === String(value));
    }
    case 'numeric': {
      if (!Array.isArray(operand) || value === undefined || Number.isNaN(Number(value))) return Array.isArray(operand) ? false : undefined;
      const n = Number(value);
      for (let i = 0; i + 1 < operand.length; i += 2) {
        const op = operand[i];
        const bound = operand[i + 1];
        if (typeof bound !== 'number') return undefined;
        const ok = op === '=' ? n === bound : op === '<' ? n < bound : op === '<=' ? n <= bound : op === '>' ? n > bound : op === '>=' ? n >= bound : undefined;
        if (ok === undefined) return undefined;
        if (!ok) return false;
      }
      return true;
    }
    default:
      return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
