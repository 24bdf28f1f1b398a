import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { AUDIENCES, RESOURCE_KINDS, THEMES, type AudienceName, type ResourceKindName, type ThemeName } from '@shared/builtin-resources';
import { toIsoDate } from '@shared/calendar';
import { documentFileName } from '@shared/print';
import { highlightParts, IncrementalSearch, queryTerms, snippetParts, STAGE_OPTIONS, type KeyStageId, type SearchFilters, type SearchHit } from '@shared/resource-search';
import { SHARE_FILE_EXTENSION } from '@shared/resource-share';
import type { YearGroup } from '@shared/domain';
import { useDatabase } from '../../db/DatabaseContext';
import type { Resource } from '../../db/records';
import { platform } from '../../platform';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Highlight } from './Highlight';
import { AUDIENCE_LABELS, KIND_LABELS, readingTime, resourceYearGroups, THEME_LABELS } from './labels';
import { useResourceLibrary } from './library-store';
import { buildResourcesFile, recordExport } from './queries';
import './resources.css';

const PAGE_SIZE = 30;

type Origin = NonNullable<SearchFilters['origin']>;
type ExportStatus = { state: 'idle' } | { state: 'working' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

export function ResourcesScreen() {
  const { resources, index } = useResourceLibrary();
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState<ThemeName | ''>('');
  const [audience, setAudience] = useState<AudienceName | ''>('');
  const [kind, setKind] = useState<ResourceKindName | ''>('');
  const [stage, setStage] = useState<KeyStageId | YearGroup | ''>('');
  const [origin, setOrigin] = useState<Origin | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const filters: SearchFilters = { theme: theme || undefined, audience: audience || undefined, kind: kind || undefined, stage: stage || undefined, origin: origin || undefined, includeArchived };
  const searcher = useRef<IncrementalSearch<Resource>>(null);
  searcher.current ??= new IncrementalSearch<Resource>();
  // Searched in the same render as the keystroke: a few milliseconds for thousands of resources
  // (bench/resources.bench.ts), and deferring it only added scheduling delay on a busy machine.
  const hits = useMemo(() => (index ? searcher.current!.search(index, query, filters) : undefined), [index, query, theme, audience, kind, stage, origin, includeArchived]);
  const terms = useMemo(() => queryTerms(query), [query]);
  const filtered = query.trim() !== '' || theme || audience || kind || stage || origin;

  const clear = () => {
    setQuery('');
    setTheme('');
    setAudience('');
    setKind('');
    setStage('');
    setOrigin('');
    setLimit(PAGE_SIZE);
  };

  const toggle = useCallback(
    (id: string, on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );

  return (
    <>
      <PageHeader
        title="Resources"
        actions={
          <div className="actions-row">
            <Link className="button button--primary" to="/resources/new">
              New resource
            </Link>
            <Link className="button button--secondary" to="/resources/import">
              Import resources
            </Link>
          </div>
        }
      >
        Sleep-hygiene and wellbeing material for assemblies, lessons and parents, with sources. Built-in resources are read-only: make your own copy to change one.
      </PageHeader>

      <div role="search" className="resource-search" aria-label="Search the library">
        <div className="field resource-search__query">
          <label htmlFor="resource-query">Search resources</label>
          <p className="field__hint" id="resource-query-hint">
            Searches titles, tags and text. Every word must match; the start of a word is enough.
          </p>
          <input
            id="resource-query"
            type="search"
            value={query}
            aria-describedby="resource-query-hint"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setQuery(event.target.value);
              setLimit(PAGE_SIZE);
            }}
          />
        </div>
        <div className="filters resource-filters">
          <Select label="Theme" value={theme} onChange={setTheme} all="All themes" options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))} />
          <Select label="Audience" value={audience} onChange={setAudience} all="Everyone" options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))} />
          <Select label="Type" value={kind} onChange={setKind} all="All types" options={RESOURCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
          <StageSelect value={stage} onChange={setStage} />
          <Select
            label="Show"
            value={origin}
            onChange={setOrigin}
            all="Built-in and my own"
            options={[
              { value: 'built-in', label: 'Built-in only' },
              { value: 'own', label: 'My own only' },
            ]}
          />
          <label className="checkbox resource-filters__archived">
            <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
            Include archived
          </label>
          {filtered ? (
            <button type="button" className="button button--small button--secondary" onClick={clear}>
              Clear search
            </button>
          ) : null}
        </div>
      </div>

      <ExportBar selected={selected} resources={resources} onClear={() => setSelected(new Set())} />

      {hits === undefined ? (
        <p role="status">Loading the library…</p>
      ) : (
        <>
          <p className="result-count" role="status" aria-live="polite" data-query={query}>
            {resultCount(hits.length, query)}
          </p>
          {hits.length === 0 ? (
            index!.length === 0 ? (
              <EmptyState title="Your resource library">
                <p>The built-in resources are being added. If nothing appears, restart Upstream.</p>
              </EmptyState>
            ) : (
              <p>Try fewer words, or clear the filters.</p>
            )
          ) : (
            <ResultList hits={hits} limit={limit} terms={terms} selected={selected} onSelect={toggle} />
          )}
          {hits.length > limit ? (
            <button type="button" className="button button--secondary" onClick={() => setLimit(hits.length)}>
              Show all {hits.length} resources
            </button>
          ) : null}
        </>
      )}
    </>
  );
}

function resultCount(count: number, query: string): string {
  const noun = count === 1 ? 'resource' : 'resources';
  return query.trim() ? `${count} ${noun} match “${query.trim()}”` : `${count} ${noun}`;
}

function Select<V extends string>({ label, value, onChange, all, options }: { label: string; value: V | ''; onChange: (value: V | '') => void; all: string; options: { value: V; label: string }[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function StageSelect({ value, onChange }: { value: KeyStageId | YearGroup | ''; onChange: (value: KeyStageId | YearGroup | '') => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Key stage or year</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as KeyStageId | YearGroup | '')}>
        <option value="">All years</option>
        {(['Key stages', 'Year groups'] as const).map((group) => (
          <optgroup key={group} label={group}>
            {STAGE_OPTIONS.filter((o) => o.group === group).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Memoised: typing re-renders the screen at once for the box, and the list only when its results change. */
const ResultList = memo(function ResultList({ hits, limit, terms, selected, onSelect }: { hits: SearchHit<Resource>[]; limit: number; terms: string[]; selected: ReadonlySet<string>; onSelect: (id: string, on: boolean) => void }) {
  return (
    <ul className="resource-results" aria-label="Resources found">
      {hits.slice(0, limit).map((hit) => (
        <ResultCard key={hit.entry.resource.id} hit={hit} terms={terms} selected={selected.has(hit.entry.resource.id)} onSelect={(on) => onSelect(hit.entry.resource.id, on)} />
      ))}
    </ul>
  );
});

function ResultCard({ hit, terms, selected, onSelect }: { hit: SearchHit<Resource>; terms: string[]; selected: boolean; onSelect: (on: boolean) => void }) {
  const { resource, tagsText } = hit.entry;
  const titleParts = highlightParts(resource.title, terms, hit.entry.titleFolded);
  const snippet = snippetParts(hit.entry, terms);
  const headingId = `resource-${resource.id}`;
  return (
    <li className={`resource-card${resource.archived ? ' resource-card--archived' : ''}`}>
      <div className="resource-card__head">
        <h2 id={headingId} className="resource-card__title">
          <Link to={`/resources/${resource.id}`}>
            <Highlight parts={titleParts} />
          </Link>
        </h2>
        <label className="checkbox resource-card__select">
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
          Select<span className="visually-hidden"> “{resource.title}” to export</span>
        </label>
      </div>
      <p className="resource-card__meta">
        <span className="badge">{KIND_LABELS[resource.kind]}</span>
        {resource.builtInId ? <span className="badge badge--built-in">Built-in</span> : <span className="badge badge--own">My resource</span>}
        {resource.archived ? <span className="badge">Archived</span> : null}
        <span>{resource.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ')}</span>
        <span>{resourceYearGroups(resource)}</span>
        {readingTime(resource.readingMinutes) ? <span>{readingTime(resource.readingMinutes)}</span> : null}
      </p>
      <p className="resource-card__snippet">
        <Highlight parts={snippet} />
      </p>
      {tagsText ? (
        <p className="resource-card__tags">
          <span className="visually-hidden">Tags: </span>
          <Highlight parts={highlightParts(tagsText, terms, hit.entry.tagsFolded)} />
        </p>
      ) : null}
    </li>
  );
}

function ExportBar({ selected, resources, onClear }: { selected: ReadonlySet<string>; resources: Resource[] | undefined; onClear: () => void }) {
  const db = useDatabase();
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const chosen = (resources ?? []).filter((r) => selected.has(r.id));
  if (chosen.length === 0 && status.state !== 'done' && status.state !== 'failed') return null;

  const run = async () => {
    setStatus({ state: 'working' });
    try {
      const info = await platform.getAppInfo();
      const { text, resources: exported } = await buildResourcesFile(db, chosen.map((r) => r.id), info.version);
      const title = exported.length === 1 ? exported[0]!.title : `${exported.length} resources`;
      const result = await platform.saveFile({
        suggestedName: documentFileName(toIsoDate(new Date()), title, 'shared resources', SHARE_FILE_EXTENSION),
        data: text,
        mimeType: 'application/json',
        filters: [{ name: 'Upstream resources', extensions: [SHARE_FILE_EXTENSION] }],
      });
      if (result.status === 'saved') {
        await recordExport(db, exported.length);
        setStatus({ state: 'done', message: `Exported ${exported.length === 1 ? '1 resource' : `${exported.length} resources`}. Another school can add them with Import resources.` });
        onClear();
      } else if (result.status === 'cancelled') setStatus({ state: 'idle' });
      else setStatus({ state: 'failed', message: result.message });
    } catch (error) {
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : 'Upstream could not export the resources.' });
    }
  };

  return (
    <div className={`resource-export${chosen.length === 0 ? ' resource-export--idle' : ''}`} aria-label="Export selected resources" role="region">
      {chosen.length > 0 ? (
        <>
          <span>
            {chosen.length} selected to share with another school
          </span>
          <button type="button" className="button button--primary button--small" onClick={run} disabled={status.state === 'working'}>
            {status.state === 'working' ? 'Exporting…' : `Export selected (${chosen.length})`}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={onClear}>
            Clear selection
          </button>
        </>
      ) : null}
      <span role="status" className="resource-export__status">
        {status.state === 'done' ? status.message : ''}
      </span>
      {status.state === 'failed' ? (
        <span role="alert" className="field__error">
          {status.message}
        </span>
      ) : null}
    </div>
  );
}
