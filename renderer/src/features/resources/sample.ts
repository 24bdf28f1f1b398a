/**
 * Links for the sample school: the built-in resources its activities would use (the sleep assembly
 * script for the sleep assembly, the bedding appeal letter for the fundraiser, and so on). Pure: the
 * sample-school loader adds these in its own transaction, and its removal already deletes the links
 * of sample activities. The built-ins themselves are added at start-up (sync.ts), under fixed ids.
 */
import type { Activity, ResourceLink } from '../../db/records';
import { builtInRecordId } from './sync';

type Rule = { types: Activity['type'][]; about?: RegExp; builtIns: string[] };

const EXAM = /exam|revision|stress|gcse|year 11/i;

const RULES: Rule[] = [
  { types: ['assembly'], about: EXAM, builtIns: ['exam-stress-assembly'] },
  { types: ['assembly'], builtIns: ['sleep-assembly-script'] },
  { types: ['pshe-lesson'], about: EXAM, builtIns: ['exam-stress-challenging-thoughts'] },
  { types: ['pshe-lesson'], builtIns: ['pshe-lesson-sleep', 'sleep-by-age'] },
  { types: ['parent-workshop'], about: EXAM, builtIns: ['parent-handout-exam-stress'] },
  { types: ['parent-workshop'], builtIns: ['parent-handout-helping-children-sleep', 'screens-and-sleep'] },
  { types: ['pupil-workshop', 'group-session'], about: EXAM, builtIns: ['exam-stress-challenging-thoughts', 'grounding-5-4-3-2-1', 'paced-breathing'] },
  { types: ['pupil-workshop', 'group-session'], builtIns: ['wind-down-routine', 'worry-time'] },
  { types: ['website-content'], builtIns: ['website-sleep-hygiene-page'] },
  { types: ['fundraiser'], builtIns: ['bedding-appeal-letter'] },
  { types: ['drop-in', 'support-slot'], builtIns: ['signposting-sheet'] },
  { types: ['staff-training'], builtIns: ['staff-briefing-spotting-sleep-problems'] },
];

/** The resource links for these sample activities; activities that are not samples get none. */
export function buildSampleResourceLinks(activities: readonly Pick<Activity, 'id' | 'type' | 'title' | 'isSample'>[], newId: () => string = () => crypto.randomUUID()): ResourceLink[] {
  return activities.flatMap((activity) => {
    if (!activity.isSample) return [];
    const rule = RULES.find((r) => r.types.includes(activity.type) && (r.about === undefined || r.about.test(activity.title)));
    return (rule?.builtIns ?? []).map((builtIn) => ({ id: newId(), resourceId: builtInRecordId(builtIn), ownerType: 'activity' as const, ownerId: activity.id }));
  });
}
