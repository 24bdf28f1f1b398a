import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function WorkshopsScreen() {
  return (
    <>
      <PageHeader title="Workshops">Plan parent workshops, pupil sessions, staff briefings and assemblies, minute by minute.</PageHeader>
      <EmptyState title="No workshop plans yet">
        <p>
          Workshop plans hold the agenda, facilitator notes, materials and handouts for sessions such as “Helping your child sleep well” or Year 11
          “Exam stress: tools that help”, ready to export as polished PDFs.
        </p>
      </EmptyState>
    </>
  );
}
