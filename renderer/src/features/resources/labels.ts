import type { ResourceKindName } from '@shared/builtin-resources';
import { yearGroupsSummary } from '@shared/domain';
import type { Resource } from '../../db/records';

export { AUDIENCE_LABELS, THEME_LABELS, optionsOf } from '../campaigns/labels';

export const KIND_LABELS: Record<ResourceKindName, string> = {
  'tip-sheet': 'Tip sheet',
  'parent-handout': 'Parent handout',
  'assembly-script': 'Assembly script',
  'pshe-lesson': 'PSHE lesson outline',
  'workshop-activity': 'Workshop activity',
  'website-copy': 'Website copy',
  letter: 'Letter',
  poster: 'Poster',
  signposting: 'Signposting sheet',
};

/** "Every year group" for an empty list, otherwise how a school writes it ("Years 7 to 9"). */
export function resourceYearGroups(resource: Pick<Resource, 'yearGroups'>): string {
  return resource.yearGroups.length === 0 ? 'Every year group' : yearGroupsSummary(resource.yearGroups);
}

export function readingTime(minutes: number | undefined): string | undefined {
  if (minutes === undefined) return undefined;
  return `${minutes} min read`;
}
