'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStudioStore, type StudioState, type StudioStore } from '@/lib/store/studio-store';

const StoreContext = createContext<StudioStore | null>(null);

export function StudioStoreProvider({ store, children }: { store?: StudioStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createStudioStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useStudioStore(): StudioStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStudioStore outside StudioStoreProvider');
  return store;
}

/** Subscribes to one slice of the studio state; components re-render only when it changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}
