import { lazy, Suspense, type ComponentType, type JSX } from 'react';

export interface LazyView {
  (): JSX.Element;
  /** Starts loading the view's code (once); resolves when it is in. Never rejects. */
  preload(): Promise<void>;
}

/**
 * A screen whose code loads when it is first needed. Unlike React.lazy on its own, once the code is
 * in (preloaded, or opened before) the screen renders straight away: no "Loading…" fallback, and so
 * none of the pause React holds back content with after a fallback has been shown (up to 300 ms).
 * That pause is what a print window or a screen opened from the navigation would otherwise wait.
 */
export function lazyView(load: () => Promise<ComponentType>): LazyView {
  let Loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        // Let a later attempt (opening the screen again) try again, and React show the error.
        loading = undefined;
        throw error;
      },
    ));
  const Deferred = lazy(start);
  function View(): JSX.Element {
    if (Loaded) return <Loaded />;
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Deferred />
      </Suspense>
    );
  }
  View.preload = () => start().then(
    () => undefined,
    () => undefined,
  );
  return View;
}

/** Loads views when the browser is idle, so the screens a lead opens next are ready when they do. */
export function preloadWhenIdle(views: LazyView[]): () => void {
  if (typeof window === 'undefined') return () => {};
  const run = () => {
    for (const view of views) void view.preload();
  };
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}
