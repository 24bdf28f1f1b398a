/**
 * Drafts and a leave guard for every editor, in one place.
 *
 *   const draft = useEditorDraft(`campaign:${id ?? 'new'}`, formValue, restoreForm);
 *   …
 *   <EditorDraftControls draft={draft} what="campaign" />   // "Restore draft / Discard" and "Leave?"
 *   …after a successful save, before navigating: draft.markSaved();
 *
 * The form's value is written to the drafts database a moment after the lead stops typing; when
 * they come back to the same editor, the draft is offered back. Leaving with unsaved changes asks
 * first: in-app navigation through the router's blocker, closing or reloading through
 * `beforeunload`.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router-dom';
import { canonicalJson } from '@shared/backup';
import { useDatabase } from '../db/DatabaseContext';
import { draftStore } from '../db/drafts';

/** How long after the last keystroke the draft is written. */
export const DRAFT_DELAY_MS = 400;

type Phase = 'loading' | 'offer' | 'ready';

export interface EditorDraft {
  /** A stored draft that differs from what the editor opened with, waiting for the lead's choice. */
  offer: { savedAt: string } | null;
  /** The form differs from what it opened with (or last saved). */
  dirty: boolean;
  restore(): void;
  discard(): void;
  /** Call after a successful save: the draft is removed and leaving no longer asks. */
  markSaved(): void;
  /** Writes any pending draft now (before leaving). */
  flush(): Promise<void>;
  /** True while leaving would lose typed work; read at the moment of navigation. */
  shouldGuard(): boolean;
}

export function useEditorDraft<T>(key: string, value: T, onRestore: (value: T) => void): EditorDraft {
  const dbName = useDatabase().name;
  const serialized = canonicalJson(value);
  const baseline = useRef(serialized);
  const current = useRef({ value, serialized });
  current.current = { value, serialized };
  const [phase, setPhase] = useState<Phase>('loading');
  const [offer, setOffer] = useState<{ savedAt: string; value: T } | null>(null);
  const restoreRef = useRef(onRestore);
  restoreRef.current = onRestore;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Look for a draft left from last time.
  useEffect(() => {
    let live = true;
    draftStore.read(dbName, key).then(
      (stored) => {
        if (!live) return;
        if (stored && canonicalJson(stored.value) !== baseline.current) {
          setOffer({ savedAt: stored.savedAt, value: stored.value as T });
          setPhase('offer');
        } else {
          if (stored) void draftStore.remove(dbName, key);
          setPhase('ready');
        }
      },
      () => live && setPhase('ready'),
    );
    return () => {
      live = false;
    };
  }, [dbName, key]);

  const writeNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    const { value: latest, serialized: text } = current.current;
    try {
      if (text === baseline.current) await draftStore.remove(dbName, key);
      else await draftStore.write(dbName, key, latest);
    } catch {
      // A draft is a safety net; the form itself still holds the work.
    }
  }, [dbName, key]);

  // Keep the draft as the lead types (not while an older draft waits for their choice).
  useEffect(() => {
    if (phase !== 'ready') return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void writeNow(), DRAFT_DELAY_MS);
  }, [phase, serialized, writeNow]);

  // Write what is pending when the editor closes.
  useEffect(
    () => () => {
      if (timer.current) void writeNow();
    },
    [writeNow],
  );

  const dirty = serialized !== baseline.current;
  const shouldGuard = useCallback(() => current.current.serialized !== baseline.current, []);

  // Closing the window or reloading asks first while there are unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (!shouldGuard()) return;
      void writeNow();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty, shouldGuard, writeNow]);

  return {
    offer: offer ? { savedAt: offer.savedAt } : null,
    dirty,
    restore: () => {
      if (!offer) return;
      restoreRef.current(offer.value);
      setOffer(null);
      setPhase('ready');
    },
    discard: () => {
      setOffer(null);
      setPhase('ready');
      void draftStore.remove(dbName, key).catch(() => undefined);
    },
    markSaved: () => {
      baseline.current = current.current.serialized;
      if (timer.current) clearTimeout(timer.current);
      timer.current = undefined;
      setOffer(null);
      setPhase('ready');
      void draftStore.remove(dbName, key).catch(() => undefined);
    },
    flush: writeNow,
    shouldGuard,
  };
}

/** "You have a draft…" with Restore draft / Discard, and the "Leave without saving?" question. */
export function EditorDraftControls({ draft, what }: { draft: EditorDraft; what: string }) {
  const inDataRouter = useContext(UNSAFE_DataRouterContext) !== null;
  return (
    <>
      {draft.offer ? (
        <div className="notice notice--draft" role="region" aria-label="Unsaved draft">
          <p>
            You have a draft of this {what} that was not saved, from {new Date(draft.offer.savedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.
          </p>
          <div className="actions-row">
            <button type="button" className="button button--primary" onClick={draft.restore}>
              Restore draft
            </button>
            <button type="button" className="button button--secondary" onClick={draft.discard}>
              Discard
            </button>
          </div>
        </div>
      ) : null}
      {/* The router's blocker exists only under a data router (the app's); component tests use a plain one. */}
      {inDataRouter ? <LeaveGuard draft={draft} what={what} /> : null}
    </>
  );
}

function LeaveGuard({ draft, what }: { draft: EditorDraft; what: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && draft.shouldGuard());
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== 'blocked') return null;
  return (
    <div className="leave-dialog__backdrop">
      <div className="leave-dialog" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-text">
        <h2 id="leave-title">Leave without saving?</h2>
        <p id="leave-text">Your changes to this {what} are not saved. Upstream keeps them as a draft on this computer, so you can restore them when you come back.</p>
        <div className="actions-row">
          <button ref={stay} type="button" className="button button--primary" onClick={() => blocker.reset()}>
            Stay and keep editing
          </button>
          <button type="button" className="button button--secondary" onClick={() => void draft.flush().then(() => blocker.proceed())}>
            Leave
          </button>
        </div>
      </div>
    </div>
  );
}
