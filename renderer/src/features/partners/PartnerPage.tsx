import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatDateLong, formatWeekday, toIsoDate } from '@shared/calendar';
import { documentFileName } from '@shared/print';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity } from '../../db/records';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { exportActivitiesAsIcs } from '../campaigns/calendar-export';
import { describeError } from '../campaigns/errors';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS } from '../campaigns/labels';
import { useSchoolSettings } from '../settings/queries';
import { bookingsFrom, deletePartner, PARTNER_KIND_LABELS, restorePartner, usePartnerBookings } from './queries';
import './partners.css';

function BookingList({ activities, label }: { activities: Activity[]; label: string }) {
  return (
    <ul className="week-list" aria-label={label}>
      {activities.map((a) => (
        <li key={a.id}>
          <span className="week-list__when">
            {formatWeekday(a.date)}
            {a.startTime ? `, ${a.startTime}` : ''}
          </span>
          <Link to={`/campaigns/${a.campaignId}/activities/${a.id}`}>{a.title}</Link>
          <span className="week-list__meta">
            {ACTIVITY_TYPE_LABELS[a.type]}
            {a.place ? ` · ${a.place}` : ''}
            {a.status === 'done' ? ` · ${ACTIVITY_STATUS_LABELS.done}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function PartnerPage() {
  const { partnerId } = useParams();
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const data = usePartnerBookings(partnerId);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  if (data === undefined || settings === undefined) return <p role="status">Loading…</p>;
  if (data === null) {
    return (
      <>
        <PageHeader title="Partner not found">They may have been deleted.</PageHeader>
        <Link to="/partners">Back to partners</Link>
      </>
    );
  }
  const { partner, contacts, campaigns, activities } = data;
  const from = bookingsFrom(toIsoDate(new Date()), settings?.academicYears ?? []);
  const booked = activities.filter((a) => a.status !== 'cancelled');
  const current = booked.filter((a) => a.date >= from);
  const earlier = booked.filter((a) => a.date < from);

  const exportCalendar = async () => {
    setMessage(null);
    const result = await exportActivitiesAsIcs(current, `${partner.name} bookings`, documentFileName(toIsoDate(new Date()), partner.name, 'bookings', 'ics'));
    setMessage(result.status === 'failed' ? { tone: 'error', text: result.message } : result.status === 'saved' ? { tone: 'ok', text: 'Calendar file saved.' } : null);
  };

  const remove = async () => {
    setMessage(null);
    try {
      const deleted = await deletePartner(db, partner.id);
      navigate('/partners');
      if (!deleted) return;
      toasts.show({
        message: `Deleted “${partner.name}”. Their campaigns and activities stay, without the link.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await restorePartner(db, deleted);
            } catch (e) {
              toasts.show({ message: describeError(e, `Upstream could not bring back “${partner.name}”.`) }, 15_000);
            }
          },
        },
      });
    } catch (e) {
      setMessage({ tone: 'error', text: describeError(e, `Upstream could not delete “${partner.name}”.`) });
    }
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
            <button type="button" className="button button--secondary" onClick={exportCalendar} disabled={current.length === 0}>
              Export bookings (.ics)
            </button>
            <ExportPdfButton route={`/print/partner/${partner.id}`} kind="a4" label="Print bookings (PDF)" suggestedName={documentFileName(toIsoDate(new Date()), partner.name, 'bookings')} />
          </div>
        }
      >
        {PARTNER_KIND_LABELS[partner.kind]}
        {partner.isSample ? <span className="badge badge--sample"> Sample</span> : null}
      </PageHeader>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'notice notice--error' : 'form-actions__status'}>
          {message.text}
        </p>
      ) : null}
      {partner.notes ? <p>{partner.notes}</p> : null}
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
          <p className="week-list__meta">From {formatDateLong(from)}: what the PDF and the calendar file hold, to send in one go.</p>
          {current.length === 0 ? <p>No activities booked with this partner from {formatDateLong(from)}.</p> : <BookingList activities={current} label="Bookings" />}
          {earlier.length > 0 ? (
            <details className="earlier-bookings">
              <summary>Earlier bookings ({earlier.length})</summary>
              <BookingList activities={earlier} label="Earlier bookings" />
            </details>
          ) : null}
        </section>
      </div>
      <p>
        <button type="button" className="button button--quiet" onClick={remove}>
          Delete partner
        </button>
      </p>
    </>
  );
}
