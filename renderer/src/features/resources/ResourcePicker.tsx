/**
 * Attaches library resources to an activity or a workshop plan (the resourceLinks table): a search
 * box that lists matching resources with an Attach button each, and the attached resources with a
 * Remove button each. Used inside other forms, so every button is type="button" and Enter in the
 * search box never submits the surrounding form.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { highlightParts, queryTerms, searchResources } from '@shared/resource-search';
import { useDatabase } from '../../db/DatabaseContext';
import { useToasts } from '../../ui/Toasts';
import { Highlight } from './Highlight';
import { KIND_LABELS } from './labels';
import { useResourceLibrary } from './library-store';
import { attachResource, detachResource, useLinksOf, type ResourceOwnerType } from './queries';
import './resources.css';

export interface ResourcePickerProps {
  ownerType: 'activity' | 'workshopPlan';
  ownerId: string;
}

const SHOWN = 6;

export function ResourcePicker({ ownerType, ownerId }: ResourcePickerProps) {
  const db = useDatabase();
  const toasts = useToasts();
  const headingId = useId();
  const inputId = useId();
  const links = useLinksOf(ownerType as ResourceOwnerType, ownerId);
  const { resources, index } = useResourceLibrary();
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const deferred = useDeferredValue(query);
  const attachedIds = useMemo(() => new Set((links ?? []).map((l) => l.resourceId)), [links]);
  const terms = useMemo(() => queryTerms(deferred), [deferred]);
  const matches = useMemo(() => (index && terms.length > 0 ? searchResources(index, deferred).filter((h) => !attachedIds.has(h.entry.resource.id)) : []), [index, deferred, terms, attachedIds]);
  const owner = ownerType === 'activity' ? 'activity' : 'workshop plan';

  const attach = async (resourceId: string, title: string) => {
    setProblem(undefined);
    try {
      await attachResource(db, resourceId, ownerType, ownerId);
      toasts.show({ message: `Attached “${title}”.` });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Upstream could not attach that resource.');
    }
  };

  const remove = async (linkId: string, title: string) => {
    const removed = await detachResource(db, linkId);
    if (removed) {
      toasts.show({
        message: `Removed “${title}” from this ${owner}.`,
        action: { label: 'Undo', run: async () => void (await attachResource(db, removed.resourceId, removed.ownerType, removed.ownerId)) },
      });
    }
  };

  const byId = new Map((resources ?? []).map((r) => [r.id, r]));
  const attached = (links ?? []).map((link) => ({ link, resource: byId.get(link.resourceId) }));

  return (
    <section className="form-section resource-picker" aria-labelledby={headingId}>
      <h2 id={headingId}>Resources</h2>
      {links === undefined || resources === undefined ? (
        <p role="status">Loading…</p>
      ) : attached.length === 0 ? (
        <p className="form-section__lede">No resources attached yet. Find handouts, scripts or lesson outlines from the library below.</p>
      ) : (
        <ul className="resource-picker__attached" aria-label={`Resources attached to this ${owner}`}>
          {attached.map(({ link, resource }) => {
            const title = resource?.title ?? 'A resource that has been removed';
            return (
              <li key={link.id}>
                {resource ? <Link to={`/resources/${resource.id}`}>{title}</Link> : <span>{title}</span>}
                {resource ? <span className="badge">{KIND_LABELS[resource.kind]}</span> : null}
                <button type="button" className="button button--quiet button--small" onClick={() => remove(link.id, title)} aria-label={`Remove “${title}”`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div className="field resource-picker__search">
        <label htmlFor={inputId}>Find a resource to attach</label>
        <input
          id={inputId}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          aria-describedby={`${inputId}-count`}
        />
        <p className="field__hint" id={`${inputId}-count`} role="status" aria-live="polite">
          {terms.length === 0 ? 'Type a word from the title, tags or text.' : matches.length === 0 ? 'No resources match.' : `${matches.length} ${matches.length === 1 ? 'resource matches' : 'resources match'}${matches.length > SHOWN ? `; showing the best ${SHOWN}` : ''}.`}
        </p>
      </div>
      {matches.length > 0 ? (
        <ul className="resource-picker__matches" aria-label="Matching resources">
          {matches.slice(0, SHOWN).map(({ entry }) => (
            <li key={entry.resource.id}>
              <span className="resource-picker__match-title">
                <Highlight parts={highlightParts(entry.resource.title, terms, entry.titleFolded)} />
              </span>
              <span className="badge">{KIND_LABELS[entry.resource.kind]}</span>
              {entry.resource.builtInId ? null : <span className="badge badge--own">My resource</span>}
              <button type="button" className="button button--secondary button--small" onClick={() => attach(entry.resource.id, entry.resource.title)} aria-label={`Attach “${entry.resource.title}”`}>
                Attach
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
