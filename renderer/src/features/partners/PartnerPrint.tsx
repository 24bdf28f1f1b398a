import { useParams } from 'react-router-dom';
import { formatDateLong, formatWeekday, toIsoDate } from '@shared/calendar';
import { yearGroupsSummary } from '@shared/domain';
import { PrintDocument } from '../../print/PrintDocument';
import { ACTIVITY_TYPE_LABELS } from '../campaigns/labels';
import { useSchoolSettings } from '../settings/queries';
import { bookingsFrom, usePartnerBookings } from './queries';
import './partners.css';

/** Everything a partner is booked for, to send to the MHST practitioner in one go. */
export function PartnerPrint() {
  const { partnerId } = useParams();
  const data = usePartnerBookings(partnerId);
  const settings = useSchoolSettings();
  if (data === undefined || !settings) return <p role="status">Loading…</p>;
  if (data === null) {
    return (
      <PrintDocument title="Partner not found" schoolName={settings.name} ready>
        <h1>Partner not found</h1>
        <p>This partner no longer exists in Upstream.</p>
      </PrintDocument>
    );
  }
  const from = bookingsFrom(toIsoDate(new Date()), settings.academicYears);
  const booked = data.activities.filter((a) => a.status !== 'cancelled' && a.date >= from);
  return (
    <PrintDocument title={`${data.partner.name} bookings`} schoolName={settings.name} ready>
      <h1>Bookings with {data.partner.name}</h1>
      <p className="print-lede">
        From {settings.name}, for {formatDateLong(from)} onwards
      </p>
      <table className="partner-bookings">
        <colgroup>
          <col className="partner-bookings__when" />
          <col className="partner-bookings__what" />
          <col className="partner-bookings__where" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Where, and who runs it</th>
          </tr>
        </thead>
        <tbody>
          {booked.map((a) => (
            <tr key={a.id}>
              <td>
                <span className="nowrap">{formatWeekday(a.date)}</span>
                {a.startTime || a.durationMinutes ? (
                  <>
                    <br />
                    {[a.startTime, a.durationMinutes ? `${a.durationMinutes} minutes` : ''].filter(Boolean).join(' for ')}
                  </>
                ) : null}
              </td>
              <td>
                <strong>{a.title}</strong>
                <br />
                {ACTIVITY_TYPE_LABELS[a.type]}
                {a.yearGroups.length > 0 ? ` · ${yearGroupsSummary(a.yearGroups)}` : ''}
              </td>
              <td>
                {a.place ?? ''}
                {a.place && a.owner ? <br /> : null}
                {a.owner ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {booked.length === 0 ? <p>No activities are booked.</p> : null}
    </PrintDocument>
  );
}
