'use client';

import { useEffect, useState } from 'react';

export interface RuleChoice {
  id: string;
  summary: string;
}

let loaded: Promise<RuleChoice[]> | undefined;

/**
 * Every rule id with its one-line summary, for the rule pickers (accepted
 * risks, severity overrides). The registry is the review engine's code, which
 * the studio loads after its first paint; importing it here statically would
 * put every rule into the first load, so it comes in when a picker shows.
 */
export function useRuleChoices(): RuleChoice[] | undefined {
  const [choices, setChoices] = useState<RuleChoice[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loaded ??= import('@/lib/rules/registry').then(({ RULES }) => RULES.map((r) => ({ id: r.meta.id, summary: r.meta.summary })).sort((a, b) => a.id.localeCompare(b.id)));
    loaded.then((c) => live && setChoices(c));
    return () => {
      live = false;
    };
  }, []);
  return choices;
}
