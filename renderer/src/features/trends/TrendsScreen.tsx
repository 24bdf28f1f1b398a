import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function TrendsScreen() {
  return (
    <>
      <PageHeader title="Trends">See, term by term, what pupils bring to drop-ins and what surveys say. Counts only, never names.</PageHeader>
      <EmptyState title="Nothing to chart yet">
        <p>
          Drop-in tallies and survey results will be charted here by term, teaching week and year group, with small numbers hidden so no pupil can be
          identified.
        </p>
      </EmptyState>
    </>
  );
}
