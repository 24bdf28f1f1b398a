import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatDateLong, formatWeekday, toIsoDate } from '@shared/calendar';
import { documentFileName } from '@shared/print';
import { useDatabase } from '../../db/DatabaseContext';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { PageHeader } from '../../ui/PageHeader';
import { exportActivitiesAsIcs } from '../campaigns/calendar-export';
import { ACTIVITY_TYPE_LABELS } from '../campaigns/labels';
import { deletePartner, PARTNER_KIND_LABELS, usePartnerBookings } from './queries';

export function PartnerPage() {
  const { partnerId } = useParams();
  const db = useDatabase();
  const navigate = useNavigate();
  const data = usePartnerBookings(partnerId);
  const [message, setMessage] = useState('');
  if (data === undefined) return <p role="status">Loading…</p>;
  if (data === null) return <p>That partner no longer exists.</p>;
  const { partner, contacts, campaigns, activities } = data;
  const upcoming = activities.filter((a) => a.status !== 'cancelled');

  const exportCalendar = async () => {
    const result = await exportActivitiesAsIcs(upcoming, `${partner.name} bookings`, documentFileName(toIsoDate(new Date()), partner.name, 'bookings', 'ics'));
    setMessage(result.status === 'failed' ? result.message : result.status === 'saved' ? 'Calendar file saved.' : '');
  };

  return (
    <>
      <PageHeader
        title={partner.name}
        actions={
          <div className="actions-row">
            <Link className="button button--secondary" to={`/partners/${partner.id}/edit`}>
              Edit partner
            </Link>
            <button type="button" className="button button--secondary" onClick={exportCalendar} disabled={upcoming.length === 0}>
              Export bookings (.ics)
            </button>
            <ExportPdfButton route={`/print/partner/${partner.id}`} kind="a4" label="Print bookings (PDF)" suggestedName={documentFileName(toIsoDate(new Date()), partner.name, 'bookings')} />
          </div>
        }
      >
        {PARTNER_KIND_LABELS[partner.kind]}
      </PageHeader>
      {message ? <p role="status">{message}</p> : null}
      <div className="cards">
        <section className="card" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">Contacts</h2>
          {contacts.length === 0 ? (
            <p>No contacts recorded.</p>
          ) : (
            <ul className="week-list">
              {contacts.map((c) => (
                <li key={c.id}>
                  <strong>{c.name}</strong>
                  <span className="week-list__meta">{[c.role, c.workEmail, c.workPhone].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="campaigns-heading">
          <h2 id="campaigns-heading">Campaigns</h2>
          {campaigns.length === 0 ? (
            <p>Not linked to any campaign yet.</p>
          ) : (
            <ul className="week-list">
              {campaigns.map((c) => (
                <li key={c.id}>
                  <Link to={`/campaigns/${c.id}`}>{c.title}</Link>
                  <span className="week-list__meta">
                    {formatDateLong(c.startDate)} to {formatDateLong(c.endDate)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card card--wide" aria-labelledby="booked-heading">
          <h2 id="booked-heading">Booked for</h2>
          {upcoming.length === 0 ? (
            <p>No activities booked with this partner.</p>
          ) : (
            <ul className="week-list">
              {upcoming.map((a) => (
                <li key={a.id}>
                  <span className="week-list__when">
                    {formatWeekday(a.date)}
                    {a.startTime ? `, ${a.startTime}` : ''}
                  </span>
                  <Link to={`/campaigns/${a.campaignId}/activities/${a.id}`}>{a.title}</Link>
                  <span className="week-list__meta">
                    {ACTIVITY_TYPE_LABELS[a.type]}
                    {a.place ? ` · ${a.place}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p>
        <button
          type="button"
          className="button button--quiet"
          onClick={async () => {
            await deletePartner(db, partner.id);
            navigate('/partners');
          }}
        >
          Delete partner
        </button>
      </p>
    </>
  );
}
