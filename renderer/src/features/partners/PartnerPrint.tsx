import { useParams } from 'react-router-dom';
import { formatWeekday } from '@shared/calendar';
import { PrintDocument } from '../../print/PrintDocument';
import { ACTIVITY_TYPE_LABELS } from '../campaigns/labels';
import { useSchoolSettings } from '../settings/queries';
import { usePartnerBookings } from './queries';

/** Everything a partner is booked for, to send to the MHST practitioner in one go. */
export function PartnerPrint() {
  const { partnerId } = useParams();
  const data = usePartnerBookings(partnerId);
  const settings = useSchoolSettings();
  if (!data || !settings) return <p role="status">Loading…</p>;
  const booked = data.activities.filter((a) => a.status !== 'cancelled');
  return (
    <PrintDocument title={`${data.partner.name} bookings`} schoolName={settings.name} ready>
      <h1>Bookings with {data.partner.name}</h1>
      <p className="print-lede">From {settings.name}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {booked.map((a) => (
            <tr key={a.id}>
              <td className="nowrap">
                {formatWeekday(a.date)}
                {a.startTime ? `, ${a.startTime}` : ''}
                {a.durationMinutes ? ` (${a.durationMinutes} min)` : ''}
              </td>
              <td>
                <strong>{a.title}</strong>
                <br />
                {ACTIVITY_TYPE_LABELS[a.type]}
              </td>
              <td>{a.place ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {booked.length === 0 ? <p>No activities are booked.</p> : null}
    </PrintDocument>
  );
}
