import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { formatDateLong } from '@shared/calendar';
import { agendaTimings } from '@shared/workshop-plan';
import { useDatabase } from '../../db/DatabaseContext';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { THEME_LABELS } from '../campaigns/labels';
import { WORKSHOP_AUDIENCE_LABELS } from './labels';
import { useWorkshopPlans } from './queries';
import './workshops.css';

export function WorkshopsScreen() {
  const db = useDatabase();
  const plans = useWorkshopPlans();
  const campaigns = useLiveQuery(() => db.campaigns.toArray(), [db]) ?? [];
  const campaignTitle = (id: string | undefined) => campaigns.find((c) => c.id === id)?.title;
  // Dated plans soonest first, then undated ones by when they were last changed.
  const sorted = plans ? [...plans].sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : b.updatedAt.localeCompare(a.updatedAt))) : undefined;

  const actions = (
    <div className="actions-row">
      <Link className="button button--primary" to="/workshops/new">
        New plan
      </Link>
      <Link className="button button--secondary" to="/workshops/templates">
        Start from a template
      </Link>
    </div>
  );

  return (
    <>
      <PageHeader title="Workshops" actions={actions}>
        Plan parent workshops, pupil sessions, staff briefings and assemblies, minute by minute.
      </PageHeader>
      {sorted === undefined ? (
        <p role="status">Loading workshop plans…</p>
      ) : sorted.length === 0 ? (
        <EmptyState title="No workshop plans yet" action={actions}>
          <p>
            Workshop plans hold the agenda, facilitator notes, materials and handouts for sessions such as “Helping your child sleep well” or Year 11
            “Exam stress: tools that help”, ready to export as polished PDFs.
          </p>
        </EmptyState>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Workshop plans</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Audience</th>
              <th scope="col">Date</th>
              <th scope="col">Length</th>
              <th scope="col">Campaign</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((plan) => {
              const total = agendaTimings(plan.agenda).totalMinutes;
              return (
                <tr key={plan.id}>
                  <td>
                    <Link to={`/workshops/${plan.id}`}>{plan.title}</Link> <span className="badge">{THEME_LABELS[plan.theme]}</span>
                    {plan.isSample ? <span className="badge badge--sample">Sample</span> : null}
                  </td>
                  <td>{WORKSHOP_AUDIENCE_LABELS[plan.audience]}</td>
                  <td className="nowrap">
                    {plan.date ? formatDateLong(plan.date) : 'Not set'}
                    {plan.startTime ? `, ${plan.startTime}` : ''}
                  </td>
                  <td className="nowrap">
                    {plan.agenda.length === 0 ? 'No agenda yet' : `${total} min`}
                    {plan.slotMinutes ? ` of ${plan.slotMinutes}` : ''}
                  </td>
                  <td>{campaignTitle(plan.campaignId) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
