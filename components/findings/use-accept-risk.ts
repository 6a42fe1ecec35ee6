'use client';

import { useState } from 'react';
import type { Design } from '@/lib/design';
import { findingKey } from '@/lib/rules/findings-view';
import type { ReviewedFinding } from '../studio/reviewed';
import { useStudioStore } from '../studio/store-context';
import { riskOwner, setAcceptedRisk } from './accepted-risk';
import type { FindingRowProps } from './finding-row';

type RiskProps = Pick<FindingRowProps, 'owner' | 'accepting' | 'onRevoke' | 'onStartAccepting' | 'onAccept' | 'onCancelAccepting' | 'onReasonChange'>;

/**
 * Accepting a finding's risk (with a reason) and revoking it, on the node that owns the risk. One
 * row at a time asks for a reason; the returned function gives a row its part of that.
 */
export function useAcceptRisk(design: Design): (f: ReviewedFinding) => RiskProps {
  const store = useStudioStore();
  const [accepting, setAccepting] = useState<{ key: string; reason: string } | null>(null);
  return (f) => {
    const key = findingKey(f);
    const owner = riskOwner(design, f);
    return {
      owner,
      accepting: accepting?.key === key ? accepting.reason : null,
      onRevoke: () => owner && store.getState().change((d) => setAcceptedRisk(d, owner, f.ruleId, undefined)),
      onStartAccepting: () => setAccepting({ key, reason: '' }),
      onAccept: (reason) => {
        if (owner) store.getState().change((d) => setAcceptedRisk(d, owner, f.ruleId, reason));
        setAccepting(null);
      },
      onCancelAccepting: () => setAccepting(null),
      onReasonChange: (reason) => setAccepting({ key, reason }),
    };
  };
}
