/**
 * The whole resource library in memory, with its search index, kept current by one Dexie live
 * query per database. Screens read it synchronously, so opening the library or the resource picker
 * renders results in the first frame instead of waiting for IndexedDB, and re-indexing after a
 * change touches only the resources that changed (SearchIndexCache).
 *
 * It starts on first use, or at an idle moment after start-up (preloadResourceLibrary), and stays
 * subscribed while the app runs: the library is small (a few MB for thousands of resources) and
 * changes rarely.
 */
import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import { SearchIndexCache, type IndexedResource } from '@shared/resource-search';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Resource } from '../../db/records';

export interface LibrarySnapshot {
  /** undefined until the first read has finished. */
  resources: Resource[] | undefined;
  index: IndexedResource<Resource>[] | undefined;
}

class LibraryStore {
  private snapshot: LibrarySnapshot = { resources: undefined, index: undefined };
  private readonly listeners = new Set<() => void>();
  private readonly cache = new SearchIndexCache<Resource>();

  constructor(db: UpstreamDatabase) {
    liveQuery(() => db.resources.toArray()).subscribe({
      next: (resources) => {
        this.snapshot = { resources, index: this.cache.index(resources) };
        this.listeners.forEach((listener) => listener());
      },
      error: (error: unknown) => console.error('Upstream could not read the resource library.', error),
    });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;
}

const stores = new WeakMap<UpstreamDatabase, LibraryStore>();

function storeFor(db: UpstreamDatabase): LibraryStore {
  let store = stores.get(db);
  if (!store) {
    store = new LibraryStore(db);
    stores.set(db, store);
  }
  return store;
}

/** Starts reading the library in the background, so the first visit is instant too. */
export function preloadResourceLibrary(db: UpstreamDatabase): void {
  storeFor(db);
}

/** Every resource and the search index over them; both undefined until the first read finishes. */
export function useResourceLibrary(): LibrarySnapshot {
  const store = storeFor(useDatabase());
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
