/**
 * A community conversation's "concerns heard" can seed a new campaign: the new-campaign form opens
 * at /campaigns/new?fromConversation=<activity id>, pre-filled from that activity. A query string
 * rather than router state, so the link survives a reload and can be opened from anywhere.
 */
import { formatDateLong } from '@shared/calendar';
import type { Activity, Campaign } from '../../db/records';
import type { CampaignDraft } from './queries';

export const SEED_PARAM = 'fromConversation';

export const seedCampaignPath = (activityId: string) => `/campaigns/new?${SEED_PARAM}=${encodeURIComponent(activityId)}`;

/** The concerns as a list in the campaign's "why"; theme Other, for the community; an idea until the lead plans it. */
export function campaignSeedFromConversation(
  base: CampaignDraft,
  conversation: Pick<Activity, 'title' | 'date' | 'concernsHeard' | 'partnerIds'>,
  from?: Pick<Campaign, 'title'>,
): CampaignDraft {
  const concerns = (conversation.concernsHeard ?? []).map((c) => c.trim()).filter(Boolean);
  return {
    ...base,
    theme: 'other',
    audiences: ['community'],
    yearGroups: [],
    why: [`Concerns heard at “${conversation.title}” on ${formatDateLong(conversation.date)}:`, ...concerns.map((c) => `- ${c}`)].join('\n'),
    partnerIds: [...conversation.partnerIds],
    status: 'idea',
    notes: from ? `Started from the community conversation “${conversation.title}” (campaign “${from.title}”).` : '',
  };
}
