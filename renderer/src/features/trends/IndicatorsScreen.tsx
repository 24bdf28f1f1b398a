import { Link } from 'react-router-dom';
import { DEFAULT_SUPPRESSION_THRESHOLD, yearGroupLabel } from '@shared/domain';
import { indicatorByTerm, indicatorValueText } from '@shared/indicators';
import { useDatabase } from '../../db/DatabaseContext';
import type { Indicator } from '../../db/records';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { deleteIndicator, restoreIndicator, useTrendsData } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

export function describeSource(indicator: Pick<Indicator, 'source'>): string {
  const s = indicator.source;
  return s.kind === 'check-in-topic' ? `Drop-in visits about ${s.topic}` : `Survey: “${s.questionText}”, ${s.yearGroup ? yearGroupLabel(s.yearGroup) : 'all pupils'}`;
}

/** The school's indicators, their latest value, and the campaigns aiming to move each. */
export function IndicatorsScreen() {
  const db = useDatabase();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const data = useTrendsData();
  const threshold = settings?.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;

  const remove = async (indicator: Indicator) => {
    const deleted = await deleteIndicator(db, indicator.id);
    if (deleted) toasts.show({ message: `Deleted the indicator “${indicator.name}”.`, action: { label: 'Undo', run: () => restoreIndicator(db, deleted) } });
  };

  return (
    <>
      <PageHeader
        title="Indicators"
        actions={
          <Link className="button button--primary" to="/trends/indicators/new">
            New indicator
          </Link>
        }
      >
        Named measures a campaign can aim to move, such as “drop-in visits about sleep per teaching week” or “% of Year 9 reporting trouble sleeping often or always”.
      </PageHeader>
      <TrendsNav />
      {data === undefined ? (
        <p role="status">Loading…</p>
      ) : data.indicators.length === 0 ? (
        <EmptyState title="No indicators yet">
          <p>Make one from a drop-in topic or a survey question, then choose it on a campaign to compare before and after.</p>
        </EmptyState>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Indicators</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Measured from</th>
              <th scope="col">Latest</th>
              <th scope="col">Campaigns aiming to move it</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((indicator) => {
              const latest = indicatorByTerm(indicator.source, data, threshold).pop();
              const campaigns = data.campaigns.filter((c) => c.indicatorId === indicator.id);
              return (
                <tr key={indicator.id}>
                  <th scope="row">{indicator.name}</th>
                  <td>{describeSource(indicator)}</td>
                  <td>{latest ? `${indicatorValueText(latest.cell)} (${latest.label})` : 'No data yet'}</td>
                  <td>
                    {campaigns.length === 0
                      ? '—'
                      : campaigns.map((c, i) => (
                          <span key={c.id}>
                            {i > 0 ? ', ' : ''}
                            <Link to={`/campaigns/${c.id}`}>{c.title}</Link>
                          </span>
                        ))}
                  </td>
                  <td>
                    <div className="actions-row">
                      <Link className="button button--secondary button--small" to={`/trends/indicators/${indicator.id}`} aria-label={`Edit ${indicator.name}`}>
                        Edit
                      </Link>
                      <button type="button" className="button button--quiet button--small" onClick={() => remove(indicator)} aria-label={`Delete ${indicator.name}`}>
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
