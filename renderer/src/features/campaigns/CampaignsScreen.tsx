import { memo, useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { academicYearLabel, formatDateShort } from '@shared/calendar';
import { termLabel, yearGroupsSummary } from '@shared/domain';
import type { Campaign } from '../../db/records';
import { EmptyState } from '../../ui/EmptyState';
import { Field, SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { filterCampaigns, NO_FILTER, searchText, termKey, termRanges, type CampaignFilter } from './filter';
import { CAMPAIGN_STATUS_LABELS, optionsOf, RAG_LABELS, THEME_LABELS } from './labels';
import { useCampaigns } from './queries';
import './campaigns.css';

/** One campaign's row: memoised, so a keystroke that keeps a campaign in the list does not re-render it. */
const CampaignRow = memo(function CampaignRow({ campaign: c }: { campaign: Campaign }) {
  return (
    <tr>
      <td>
        <Link to={`/campaigns/${c.id}`}>{c.title}</Link>
        {c.isSample ? <span className="badge badge--sample"> Sample</span> : null}
      </td>
      <td>{THEME_LABELS[c.theme]}</td>
      <td>
        {formatDateShort(c.startDate)} to {formatDateShort(c.endDate)}
      </td>
      <td>{yearGroupsSummary(c.yearGroups)}</td>
      <td>{CAMPAIGN_STATUS_LABELS[c.status]}</td>
      <td>{c.rag ? <span className={`badge badge--${c.rag}`}>{RAG_LABELS[c.rag]}</span> : '—'}</td>
    </tr>
  );
});

export function CampaignsScreen() {
  const campaigns = useCampaigns();
  const settings = useSchoolSettings();
  const [filter, setFilter] = useState<CampaignFilter>(NO_FILTER);
  const deferredQuery = useDeferredValue(filter.query);

  const prepared = useMemo(() => (campaigns ?? []).map((campaign) => ({ campaign, text: searchText(campaign) })), [campaigns]);
  const ranges = useMemo(() => termRanges(settings?.academicYears ?? []), [settings]);
  // Keyed on the deferred query, not the box: the box updates at once, the list follows when React has time.
  const { status, theme, term } = filter;
  const visible = useMemo(() => filterCampaigns(prepared, { query: deferredQuery, status, theme, term }, ranges), [prepared, deferredQuery, status, theme, term, ranges]);

  const termOptions = [
    { value: 'all', label: 'Any term' },
    ...(settings?.academicYears ?? []).flatMap((y) => y.terms.map((t) => ({ value: termKey(y.startYear, t.term), label: `${termLabel(t.term)} ${academicYearLabel(y.startYear)}` }))),
  ];

  const actions = (
    <div className="actions-row">
      <Link className="button button--primary" to="/campaigns/new">
        New campaign
      </Link>
      <Link className="button button--secondary" to="/campaigns/templates">
        Start from a template
      </Link>
      <Link className="button button--secondary" to="/campaigns/planner">
        Year planner
      </Link>
    </div>
  );

  return (
    <>
      <PageHeader title="Campaigns" actions={actions}>
        Answer what your data shows with a planned campaign of assemblies, lessons, workshops and drop-ins.
      </PageHeader>
      {campaigns === undefined ? (
        <p role="status">Loading campaigns…</p>
      ) : campaigns.length === 0 ? (
        <EmptyState title="No campaigns yet">
          <p>
            A campaign such as “Sleep well this winter” for Years 7 to 9 brings together assemblies, PSHE lessons, a parent workshop, website copy and a
            fundraiser, planned with your Mental Health Support Team. Start from a template, or create your own.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter campaigns">
            <Field label="Search campaigns" type="search" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
            <SelectField
              label="Status"
              value={filter.status}
              options={[{ value: 'active', label: 'All but archived' }, ...optionsOf(CAMPAIGN_STATUS_LABELS), { value: 'all', label: 'All' }]}
              onChange={(status) => setFilter({ ...filter, status })}
            />
            <SelectField label="Theme" value={filter.theme} options={[{ value: 'all', label: 'Any theme' }, ...optionsOf(THEME_LABELS)]} onChange={(theme) => setFilter({ ...filter, theme })} />
            <SelectField label="Term" value={filter.term} options={termOptions} onChange={(term) => setFilter({ ...filter, term })} />
          </div>
          {/* data-query: the search this list reflects (useDeferredValue lags the box), read by bench/campaigns.bench.ts. */}
          <p className="result-count" aria-live="polite" data-query={deferredQuery}>
            {visible.length === 1 ? '1 campaign' : `${visible.length} campaigns`}
          </p>
          {visible.length === 0 ? (
            <p>No campaigns match. Try another search or filter.</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Campaigns</caption>
              <thead>
                <tr>
                  <th scope="col">Campaign</th>
                  <th scope="col">Theme</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Year groups</th>
                  <th scope="col">Status</th>
                  <th scope="col">RAG</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((c) => (
                  <CampaignRow key={c.id} campaign={c} />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
