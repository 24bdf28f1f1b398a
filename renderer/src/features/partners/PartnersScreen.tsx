import { Link } from 'react-router-dom';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PARTNER_KIND_LABELS, usePartners } from './queries';
import './partners.css';

export function PartnersScreen() {
  const partners = usePartners();
  return (
    <>
      <PageHeader
        title="Partners"
        actions={
          <Link className="button button--primary" to="/partners/new">
            Add a partner
          </Link>
        }
      >
        The organisations you work with, and what each is booked for.
      </PageHeader>
      {partners === undefined ? (
        <p role="status">Loading…</p>
      ) : partners.length === 0 ? (
        <EmptyState title="No partners yet">
          <p>
            Your Mental Health Support Team, NHS trust, council services, charities and community groups, with work contact details, will be listed here
            alongside the campaigns and activities they support.
          </p>
        </EmptyState>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Partners</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/partners/${p.id}`}>{p.name}</Link>
                  {p.isSample ? <span className="badge badge--sample"> Sample</span> : null}
                </td>
                <td>{PARTNER_KIND_LABELS[p.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
