/**
 * The cluster the clerk is working on, shared by the header's Select and both screens. Remembered per
 * browser so a reload (or the next day) opens the same cluster.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Cluster } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useLoad } from './useLoad.ts';

const storageKey = 'thuky.currentCluster';

interface ClusterState {
  clusters: Cluster[];
  loading: boolean;
  error: string | null;
  current: Cluster | undefined;
  select: (id: number | undefined) => void;
  reload: () => void;
}

const ClusterContext = createContext<ClusterState | null>(null);

function remembered(): number | undefined {
  const value = Number(localStorage.getItem(storageKey));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function ClusterProvider({ children }: { children: ReactNode }) {
  const { data, loading, error, reload } = useLoad(() => call('clusters.list', {}), 'clusters');
  const [chosen, setChosen] = useState<number | undefined>(remembered);
  const clusters = useMemo(() => data ?? [], [data]);
  // A deleted or unknown choice falls back to the first cluster rather than to an empty screen.
  const current = clusters.find((c) => c.id === chosen) ?? clusters[0];

  const select = useCallback((id: number | undefined) => {
    setChosen(id);
    if (id === undefined) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, String(id));
  }, []);

  const value = useMemo(
    () => ({ clusters, loading, error, current, select, reload }),
    [clusters, loading, error, current, select, reload],
  );
  return <ClusterContext.Provider value={value}>{children}</ClusterContext.Provider>;
}

export function useClusters(): ClusterState {
  const state = useContext(ClusterContext);
  if (!state) throw new Error('useClusters outside ClusterProvider');
  return state;
}
