import { PrintDocument } from '../../../print/PrintDocument';

/**
 * A print route for a plan or campaign that no longer exists: it says so and is marked ready, so an
 * export fails fast with a readable page instead of waiting for data that will never come.
 */
export function PlanMissing({ schoolName, what = 'workshop plan' }: { schoolName: string; what?: string }) {
  return (
    <PrintDocument title={`No such ${what}`} schoolName={schoolName} ready>
      <h1>This {what} no longer exists</h1>
      <p>It may have been deleted. Go back to Upstream and choose another.</p>
    </PrintDocument>
  );
}
