import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { preloadResourceLibrary } from './library-store';
import { syncBuiltInResources } from './sync';

/**
 * Rendered once by the app. Brings the built-in resources in the database up to the versions this
 * Upstream ships (sync.ts): at start-up, and again whenever the stored built-ins change under it (a
 * restored backup from an older Upstream, "Delete all data"). Then, at an idle moment, reads the
 * library into memory (library-store.ts) so opening it is instant. Shows nothing.
 */
export function BuiltInResourceSync() {
  const db = useDatabase();
  useEffect(() => {
    let cancelled = false;
    let preloaded = false;
    let queue: Promise<unknown> = Promise.resolve();
    const shipped = import('./builtins').then((m) => m.SHIPPED_RESOURCES);
    const preload = () => {
      if (preloaded || cancelled) return;
      preloaded = true;
      const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
      idle(() => preloadResourceLibrary(db));
    };
    // Each change to the stored built-ins (including the sync's own writes, which then find nothing
    // to do) runs one sync after the previous one: they never overlap.
    const subscription = liveQuery(() => db.resources.where('builtInId').above('').primaryKeys()).subscribe({
      next: () => {
        queue = queue
          .then(async () => (cancelled ? undefined : syncBuiltInResources(db, await shipped)))
          .catch((error: unknown) => console.error('Upstream could not update its built-in resources.', error))
          .finally(preload);
      },
      error: (error: unknown) => console.error('Upstream could not watch its built-in resources.', error),
    });
    return () => {
      cancelled = true;
      subscription.unsubscribe();
    };
  }, [db]);
  return null;
}
