import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router-dom';
import { formatDateLong, formatDateShort } from '@shared/calendar';
import { yearGroupsSummary, type SchoolSettings } from '@shared/domain';
import type { UpstreamDatabase } from '../../../db/database';
import { useDatabase } from '../../../db/DatabaseContext';
import type { Activity, ActivityType, Campaign, Partner } from '../../../db/records';
import { PrintDocument } from '../../../print/PrintDocument';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS, RAG_LABELS, THEME_LABELS } from '../../campaigns/labels';
import { useSchoolSettings } from '../../settings/queries';
import { Masthead, TextBlock, usePrintReady, useLogo, type LogoState } from './PrintParts';
import { PlanMissing } from './PlanMissing';
import './workshop-print.css';

export interface OnePagerData {
  campaign: Campaign;
  activities: Activity[];
  partners: Partner[];
}

/** The campaign, its activities by date and its partners; `null` when there is no such campaign. */
export async function loadOnePagerData(db: UpstreamDatabase, campaignId: string): Promise<OnePagerData | null> {
  const campaign = await db.campaigns.get(campaignId);
  if (!campaign) return null;
  const [activities, partners] = await Promise.all([db.activities.where('campaignId').equals(campaignId).sortBy('date'), db.partners.bulkGet(campaign.partnerIds)]);
  return { campaign, activities, partners: partners.filter((p): p is Partner => p !== undefined) };
}

/** What a campaign is, why, when, and its reach so far, on one A4 page for senior leaders and governors. */
export function CampaignOnePagerPrint() {
  const { campaignId } = useParams();
  const db = useDatabase();
  const data = useLiveQuery(async () => (campaignId ? loadOnePagerData(db, campaignId) : null), [db, campaignId]);
  const settings = useSchoolSettings();
  const logo = useLogo(settings?.logoDataUrl);
  const ready = usePrintReady(data !== undefined && !!settings, logo);
  if (data === undefined || !settings) return <p role="status">Loading…</p>;
  if (data === null) return <PlanMissing schoolName={settings.name} what="campaign" />;
  return (
    <PrintDocument title={`${data.campaign.title}: one-pager`} schoolName={settings.name} ready={ready}>
      <OnePager data={data} settings={settings} logo={logo} />
    </PrintDocument>
  );
}

const ACTIVITY_NOUNS: Record<ActivityType, [one: string, many: string]> = {
  assembly: ['assembly', 'assemblies'],
  'pshe-lesson': ['PSHE lesson', 'PSHE lessons'],
  'parent-workshop': ['parent workshop', 'parent workshops'],
  'pupil-workshop': ['pupil workshop', 'pupil workshops'],
  'drop-in': ['drop-in', 'drop-ins'],
  'group-session': ['group session', 'group sessions'],
  'support-slot': ['1:1 support slot', '1:1 support slots'],
  'staff-training': ['staff training session', 'staff training sessions'],
  'website-content': ['piece of website content', 'pieces of website content'],
  fundraiser: ['fundraiser', 'fundraisers'],
  'community-conversation': ['community conversation', 'community conversations'],
  other: ['other activity', 'other activities'],
};

/** "2 assemblies, 3 PSHE lessons and 1 parent workshop" (cancelled activities left out). */
export function activityMix(activities: readonly Pick<Activity, 'type' | 'status'>[]): string {
  const counts = new Map<ActivityType, number>();
  for (const a of activities) if (a.status !== 'cancelled') counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  const parts = [...counts.entries()].map(([type, n]) => `${n} ${ACTIVITY_NOUNS[type][n === 1 ? 0 : 1]}`);
  if (parts.length === 0) return 'No activities planned yet';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Activities done of those still planned, and how many they reached (counts, never names). */
export function campaignReach(activities: readonly Activity[]) {
  const live = activities.filter((a) => a.status !== 'cancelled');
  const done = live.filter((a) => a.status === 'done');
  return { live, done, reach: done.reduce((sum, a) => sum + (a.reach ?? 0), 0), withReach: done.filter((a) => a.reach !== undefined).length };
}

/** "Sleep · Pupils, Parents and carers · Years 7 to 9 · Running · RAG: Green" */
export function campaignLede(campaign: Campaign): string {
  return [
    THEME_LABELS[campaign.theme],
    campaign.audiences.map((a) => AUDIENCE_LABELS[a]).join(', '),
    campaign.yearGroups.length > 0 ? yearGroupsSummary(campaign.yearGroups) : '',
    CAMPAIGN_STATUS_LABELS[campaign.status],
    campaign.rag ? `RAG: ${RAG_LABELS[campaign.rag]}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function OnePager({ data, settings, logo }: { data: OnePagerData; settings: SchoolSettings; logo: LogoState }) {
  const { campaign, activities, partners } = data;
  const { live, done, reach, withReach } = campaignReach(activities);
  return (
    <article className="workshop-print workshop-print--one-pager">
      <Masthead schoolName={settings.name} logo={logo} label="Campaign summary for senior leaders and governors" />
      <h1 dir="auto">{campaign.title}</h1>
      <p className="print-lede">{campaignLede(campaign)}</p>

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why</h2>
        {campaign.why ? <TextBlock text={campaign.why} /> : <p>The evidence behind this campaign has not been written down yet.</p>}
      </section>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What</h2>
        {campaign.goal ? <TextBlock text={campaign.goal} /> : null}
        <p>
          {activityMix(activities)}
          {partners.length > 0 ? `, with ${partners.map((p) => p.name).join(' and ')}` : ''}
          {campaign.lead ? `. Led by ${campaign.lead}` : ''}.
        </p>
      </section>

      <section aria-labelledby="when-heading">
        <h2 id="when-heading">When</h2>
        <p>
          {formatDateLong(campaign.startDate)} to {formatDateLong(campaign.endDate)}
          {campaign.reviewDate ? `; review on ${formatDateLong(campaign.reviewDate)}` : ''}.
        </p>
        {activities.length > 0 ? (
          <table className="print-one-pager__activities">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Activity</th>
                <th scope="col">Status</th>
                <th scope="col">Reach</th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <td className="nowrap">{formatDateShort(a.date)}</td>
                  <td dir="auto">
                    {a.title} <span className="print-muted">({ACTIVITY_TYPE_LABELS[a.type]})</span>
                  </td>
                  <td>{ACTIVITY_STATUS_LABELS[a.status]}</td>
                  <td>{a.status === 'done' && a.reach !== undefined ? a.reach : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section aria-labelledby="reach-heading">
        <h2 id="reach-heading">Reach so far</h2>
        <p className="print-reach">
          <strong>{done.length}</strong> of {live.length} activities done
          {withReach > 0 ? (
            <>
              , reaching <strong>{reach}</strong> {reach === 1 ? 'person' : 'people'} in all
            </>
          ) : null}
          .
        </p>
        <p className="print-muted">Reach is how many attended each activity: a count, never names. People who came to more than one activity are counted each time.</p>
      </section>
      {campaign.notes ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <TextBlock text={campaign.notes} />
        </section>
      ) : null}
      <p className="print-footnote">Prepared from Upstream on {formatDateLong(new Date())}.</p>
    </article>
  );
}
