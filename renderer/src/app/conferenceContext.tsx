/**
 * The conference the clerk is working on, within the current cluster: every conference screen (delegates,
 * agenda, returns, documents, check-in …) reads it from here. Remembered per browser, like the cluster.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useClusters } from './clusterContext.tsx';
import { useLoad } from './useLoad.ts';

const storageKey = 'thuky.currentConference';

interface ConferenceState {
  conferences: Conference[];
  loading: boolean;
  /** A Vietnamese sentence when the list could not be loaded. */
  error: string | null;
  current: Conference | undefined;
  select: (id: number | undefined) => void;
  reload: () => void;
}

const ConferenceContext = createContext<ConferenceState | null>(null);

function remembered(): number | undefined {
  const value = Number(localStorage.getItem(storageKey));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function ConferenceProvider({ children }: { children: ReactNode }) {
  const { current: cluster } = useClusters();
  const clusterId = cluster?.id;
  const { data, loading, error, reload } = useLoad(
    clusterId === undefined ? null : () => call('conferences.list', { clusterId }),
    `conferences-of-${clusterId ?? 'none'}`,
  );
  const [chosen, setChosen] = useState<number | undefined>(remembered);
  const conferences = useMemo(() => data ?? [], [data]);
  // The newest conference of the cluster when nothing (or something from another cluster) was chosen.
  const current = conferences.find((c) => c.id === chosen) ?? conferences[0];

  const select = useCallback((id: number | undefined) => {
    setChosen(id);
    if (id === undefined) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, String(id));
  }, []);

  const value = useMemo(
    () => ({ conferences, loading, error, current, select, reload }),
    [conferences, loading, error, current, select, reload],
  );
  return <ConferenceContext.Provider value={value}>{children}</ConferenceContext.Provider>;
}

export function useConferences(): ConferenceState {
  const state = useContext(ConferenceContext);
  if (!state) throw new Error('useConferences outside ConferenceProvider');
  return state;
}
