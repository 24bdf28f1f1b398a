import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatDateLong, formatWeekday } from '@shared/calendar';
import { yearGroupsSummary } from '@shared/domain';
import { activityWarnings, groupByTermAndHalfTerm } from '@shared/scheduling';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { CampaignOnePagerButton } from '../workshops/WorkshopExports';
import { CampaignTools } from './CampaignTools';
import { describeError } from './errors';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS, RAG_LABELS, THEME_LABELS } from './labels';
import { deleteCampaign, restoreCampaign, saveActivity, useCampaign, useCampaignActivities } from './queries';
import { seedCampaignPath } from './seed';
import './campaigns.css';

export function CampaignPage() {
  const { campaignId } = useParams();
  const campaign = useCampaign(campaignId);
  const activities = useCampaignActivities(campaignId);
  if (campaign === undefined || activities === undefined) return <p role="status">Loading…</p>;
  if (campaign === null) {
    return (
      <>
        <PageHeader title="Campaign not found">It may have been deleted.</PageHeader>
        <Link to="/campaigns">Back to campaigns</Link>
      </>
    );
  }
  return <CampaignDetails campaign={campaign} activities={activities} />;
}

function CampaignDetails({ campaign, activities }: { campaign: Campaign; activities: Activity[] }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const years = settings?.academicYears ?? [];
  const [error, setError] = useState('');
  const partners = useLiveQuery(() => db.partners.bulkGet(campaign.partnerIds), [db, campaign.partnerIds]) ?? [];
  // Clashes only happen on the same day, so read just the days this campaign uses, not every activity.
  const dates = useMemo(() => [...new Set(activities.map((a) => a.date))], [activities]);
  const sameDay = useLiveQuery(() => db.activities.where('date').anyOf(dates).toArray(), [db, dates]) ?? activities;
  const nation = settings?.nation;
  const groups = useMemo(() => groupByTermAndHalfTerm(activities, years, nation), [activities, years, nation]);
  const warningsById = useMemo(() => {
    const byDate = new Map<string, Activity[]>();
    for (const a of sameDay) (byDate.get(a.date) ?? byDate.set(a.date, []).get(a.date)!).push(a);
    return new Map(activities.map((a) => [a.id, activityWarnings(a, { campaign, others: byDate.get(a.date) ?? [], years, nation })]));
  }, [activities, sameDay, campaign, years, nation]);
  const totalReach = activities.reduce((sum, a) => sum + (a.status === 'done' ? (a.reach ?? 0) : 0), 0);
  const doneCount = activities.filter((a) => a.status === 'done').length;

  const remove = async () => {
    setError('');
    let deleted: Awaited<ReturnType<typeof deleteCampaign>>;
    try {
      deleted = await deleteCampaign(db, campaign.id);
    } catch (e) {
      setError(describeError(e, `Upstream could not delete “${campaign.title}”.`));
      return;
    }
    navigate('/campaigns');
    if (deleted) {
      const restore = deleted;
      toasts.show({
        message: `Deleted “${campaign.title}” and its ${deleted.activities.length === 1 ? 'activity' : `${deleted.activities.length} activities`}.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await restoreCampaign(db, restore);
            } catch (e) {
              toasts.show({ message: describeError(e, `Upstream could not bring back “${campaign.title}”.`) }, 15_000);
            }
          },
        },
      });
    }
  };

  const markDone = async (activity: Activity) => {
    setError('');
    try {
      await saveActivity(db, { ...activity, status: 'done' }, activity.id);
    } catch (e) {
      setError(describeError(e, `Upstream could not mark “${activity.title}” done.`));
    }
  };

  return (
    <>
      <PageHeader
        title={campaign.title}
        actions={
          <div className="actions-row">
            <Link className="button button--primary" to={`/campaigns/${campaign.id}/activities/new`}>
              Add activity
            </Link>
            <Link className="button button--secondary" to={`/campaigns/${campaign.id}/edit`}>
              Edit campaign
            </Link>
            <CampaignOnePagerButton campaign={campaign} />
          </div>
        }
      >
        {THEME_LABELS[campaign.theme]} · {yearGroupsSummary(campaign.yearGroups)} · {formatDateLong(campaign.startDate)} to {formatDateLong(campaign.endDate)}
        {campaign.isSample ? <span className="badge badge--sample"> Sample</span> : null}
      </PageHeader>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="campaign-layout">
        <div>
          <section className="form-section" aria-labelledby="activities-heading">
            <h2 id="activities-heading">Activities</h2>
            {activities.length === 0 ? (
              <p>No activities yet. Add the assemblies, lessons, workshops and drop-ins that make up this campaign.</p>
            ) : (
              groups.map((group) => (
                <section key={group.key} className="timeline-group" aria-label={group.label}>
                  <h3>{group.label}</h3>
                  <ol className="timeline">
                    {group.activities.map((full) => {
                      const warnings = warningsById.get(full.id) ?? [];
                      return (
                        <li key={full.id} className={`timeline__item timeline__item--${full.status}`}>
                          <div className="timeline__when">
                            {formatWeekday(full.date)}
                            {full.startTime ? `, ${full.startTime}` : ''}
                            {full.durationMinutes ? ` (${full.durationMinutes} min)` : ''}
                          </div>
                          <div className="timeline__what">
                            <Link to={`/campaigns/${campaign.id}/activities/${full.id}`}>{full.title}</Link>
                            <span className="badge">{ACTIVITY_TYPE_LABELS[full.type]}</span>
                            <span className={`badge badge--status-${full.status}`}>{ACTIVITY_STATUS_LABELS[full.status]}</span>
                            {full.status === 'done' && full.reach !== undefined ? <span className="timeline__reach">Reach: {full.reach}</span> : null}
                          </div>
                          {warnings.map((w) => (
                            <p className="warning" key={w.kind + w.message}>
                              {w.message}
                            </p>
                          ))}
                          {full.type === 'community-conversation' && (full.concernsHeard?.length ?? 0) > 0 ? (
                            <div className="concerns">
                              <p className="concerns__heading">Concerns heard</p>
                              <ul className="concerns__list">
                                {full.concernsHeard!.map((concern) => (
                                  <li key={concern}>{concern}</li>
                                ))}
                              </ul>
                              <Link className="button button--small button--secondary" to={seedCampaignPath(full.id)} aria-label={`Start a campaign from these concerns: ${full.title}`}>
                                Start a campaign from these concerns
                              </Link>
                            </div>
                          ) : null}
                          {full.status === 'planned' ? (
                            <button type="button" className="button button--small button--secondary" onClick={() => markDone(full)} aria-label={`Mark “${full.title}” done`}>
                              Mark done
                            </button>
                          ) : null}
                        </li>
                      );
                    })}
                  </ol>
                </section>
              ))
            )}
          </section>
        </div>
        <aside className="campaign-aside" aria-label="About this campaign">
          <section className="form-section">
            <h2>Summary</h2>
            <dl className="facts facts--stacked">
              <dt>Status</dt>
              <dd>
                {CAMPAIGN_STATUS_LABELS[campaign.status]}
                {campaign.rag ? <span className={`badge badge--${campaign.rag}`}> {RAG_LABELS[campaign.rag]}</span> : null}
              </dd>
              {campaign.reviewDate ? (
                <>
                  <dt>Review</dt>
                  <dd>{formatDateLong(campaign.reviewDate)}</dd>
                </>
              ) : null}
              <dt>Why</dt>
              <dd className="preserve-lines">{campaign.why || 'Not recorded'}</dd>
              <dt>Goal</dt>
              <dd className="preserve-lines">{campaign.goal || 'Not recorded'}</dd>
              <dt>Audiences</dt>
              <dd>{campaign.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ') || 'None chosen'}</dd>
              <dt>Lead</dt>
              <dd>{campaign.lead || 'Not recorded'}</dd>
              <dt>Partners</dt>
              <dd>{partners.filter(Boolean).map((p) => p!.name).join(', ') || 'None linked'}</dd>
              <dt>Reach so far</dt>
              <dd>
                {doneCount === 0 ? 'None yet: mark activities done with how many attended.' : `${totalReach} across ${doneCount} completed ${doneCount === 1 ? 'activity' : 'activities'}`}
              </dd>
              {campaign.notes ? (
                <>
                  <dt>Notes</dt>
                  <dd className="preserve-lines">{campaign.notes}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <CampaignTools campaign={campaign} activities={activities} onDelete={remove} />
        </aside>
      </div>
    </>
  );
}
