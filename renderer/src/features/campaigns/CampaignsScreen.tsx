import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function CampaignsScreen() {
  return (
    <>
      <PageHeader title="Campaigns">Answer what your data shows with a planned campaign of assemblies, lessons, workshops and drop-ins.</PageHeader>
      <EmptyState title="No campaigns yet">
        <p>
          A campaign such as “Sleep well this winter” for Years 7 to 9 brings together assemblies, PSHE lessons, a parent workshop, website copy and a
          fundraiser, planned with your Mental Health Support Team. Your campaigns, their activities and the year planner will live here.
        </p>
      </EmptyState>
    </>
  );
}
