import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function ResourcesScreen() {
  return (
    <>
      <PageHeader title="Resources">Sleep-hygiene and wellbeing material for assemblies, lessons and parents, with sources.</PageHeader>
      <EmptyState title="Your resource library">
        <p>
          Tip sheets, parent handouts, assembly scripts, lesson outlines and signposting sheets will be kept here, ready to search, copy, edit and print.
        </p>
      </EmptyState>
    </>
  );
}
