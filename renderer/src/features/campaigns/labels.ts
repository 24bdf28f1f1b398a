import type { ActivityType, Audience, Campaign, Theme } from '../../db/records';

export const THEME_LABELS: Record<Theme, string> = {
  sleep: 'Sleep',
  'exam-stress': 'Exam stress',
  anxiety: 'Anxiety',
  friendships: 'Friendships',
  'healthy-eating': 'Healthy eating',
  'physical-activity': 'Physical activity',
  'online-safety': 'Online safety',
  bereavement: 'Bereavement',
  other: 'Other',
};

export const CAMPAIGN_STATUS_LABELS: Record<Campaign['status'], string> = {
  idea: 'Idea',
  planned: 'Planned',
  running: 'Running',
  finished: 'Finished',
  archived: 'Archived',
};

export const RAG_LABELS: Record<NonNullable<Campaign['rag']>, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const AUDIENCE_LABELS: Record<Audience, string> = { pupils: 'Pupils', parents: 'Parents and carers', staff: 'Staff', community: 'Community' };

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  assembly: 'Assembly',
  'pshe-lesson': 'PSHE lesson',
  'parent-workshop': 'Parent workshop',
  'pupil-workshop': 'Pupil workshop',
  'drop-in': 'Drop-in',
  'group-session': 'Group session',
  'support-slot': '1:1 support slot',
  'staff-training': 'Staff training',
  'website-content': 'Website content',
  fundraiser: 'Fundraiser',
  'community-conversation': 'Community conversation',
  other: 'Other',
};

export const ACTIVITY_STATUS_LABELS = { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' } as const;

export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
