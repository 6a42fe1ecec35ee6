import type { ServicebusRule } from '../design';

/**
 * Whether a Service Bus subscription's rules accept a message with these
 * application properties (the publish connection's `arguments`): unset rules
 * are $Default (TrueFilter); set rules copy the message once if any matches.
 * Reads what a design can decide: a CorrelationFilter on application
 * properties, and a SqlFilter of `1=1`, `1=0`, or comparisons `name = 'v'`,
 * `name <> 'v'`, `name != 'v'` joined by AND (a missing property compares as
 * NULL: no match). Returns undefined for anything else (system properties,
 * OR, functions): the simulation then lets the message through and says so.
 * https://learn.microsoft.com/azure/service-bus-messaging/topic-filters
 */
export function servicebusRulesMatch(rules: readonly ServicebusRule[] | undefined, properties: Record<string, unknown>): boolean | undefined {
  if (rules === undefined) return true;
  let unknown = false;
  for (const rule of rules) {
    const match = rule.filterType === 'SqlFilter' ? sqlMatches(rule.sqlExpression ?? '', properties) : correlationMatches(rule.correlationFilter ?? {}, properties);
    if (match === true) return true;
    if (match === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

function correlationMatches(filter: NonNullable<ServicebusRule['correlationFilter']>, properties: Record<string, unknown>): boolean | undefined {
  const { properties: wanted, ...system } = filter;
  if (Object.values(system).some((v) => v !== undefined)) return undefined;
  return Object.entries(wanted ?? {}).every(([k, v]) => properties[k] !== undefined && String(properties[k]) === v);
}

const COMPARISON = /^(?:user\.)?([A-Za-z_][A-Za-z0-9_]*)\s*(=|<>|!=)\s*'((?:[^']|'')*)'$/;

function sqlMatches(expression: string, properties: Record<string, unknown>): boolean | undefined {
  const text = expression.trim();
  if (/^1\s*=\s*1$/.test(text)) return true;
  if (/^1\s*=\s*0$/.test(text)) return false;
  const terms = text.split(/\s+AND\s+/i);
  let all = true;
  for (const term of terms) {
    const m = term.trim().match(COMPARISON);
    if (!m || /^sys$/i.test(m[1])) return undefined;
    const value = properties[m[1]];
    const wanted = m[3].replace(/''/g, "'");
    if (value === undefined) all = false;
    else if ((String(value) === wanted) !== (m[2] === '=')) all = false;
  }
  return all;
}
