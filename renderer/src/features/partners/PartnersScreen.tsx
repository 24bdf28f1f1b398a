import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function PartnersScreen() {
  return (
    <>
      <PageHeader title="Partners">The organisations you work with, and what each is booked for.</PageHeader>
      <EmptyState title="No partners yet">
        <p>
          Your Mental Health Support Team, NHS trust, council services, charities and community groups, with work contact details, will be listed here
          alongside the campaigns and activities they support.
        </p>
      </EmptyState>
    </>
  );
}
