import { createContext, useContext, type ReactNode } from 'react';
import type { UpstreamDatabase } from './database';

const DatabaseContext = createContext<UpstreamDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: UpstreamDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): UpstreamDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>.');
  return db;
}
