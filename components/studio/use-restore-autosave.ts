'use client';

import { useEffect, useMemo, useState } from 'react';
import { readAutosave, type DamagedAutosave } from './autosave';
import { takeFirstVisit } from './first-visit';
import { useStudioStore } from './store-context';
import { useToasts } from '../ui/toasts';

/**
 * Restores the autosaved design once, before anything is shown or saved, and reads what only the
 * browser knows (a first visit, the theme). `ready` turns true once done; `damaged` is an autosave
 * that could not be read, until its alert is done.
 */
export function useRestoreAutosave(setTheme: (theme: 'light' | 'dark') => void) {
  const store = useStudioStore();
  const toasts = useToasts();
  const [ready, setReady] = useState(false);
  const [damaged, setDamaged] = useState<DamagedAutosave | null>(null);
  const [firstVisit, setFirstVisit] = useState(false);
  const dismissOffer = useMemo(() => ({ onDismiss: () => setFirstVisit(false) }), []);
  useEffect(() => {
    // Asked before the restore, which may save: a first visit has nothing saved yet. Local storage is read after
    // hydration (the server has none, and reading it while rendering would not match the server's HTML).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setFirstVisit(takeFirstVisit());
    const { design, damaged: unreadable, problem } = readAutosave();
    if (design) store.setState({ design });
    if (unreadable) setDamaged(unreadable);
    if (problem) toasts.push('error', problem);
    setTheme(document.documentElement.classList.contains('dark') ? 'dark' : 'light');
    setReady(true);
  }, [store, toasts, setTheme]);
  return { ready, damaged, setDamaged, firstVisit, dismissOffer };
}
