import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatDateLong, formatWeekday } from '@shared/calendar';
import { yearGroupsSummary } from '@shared/domain';
import { activityWarnings, groupByTermAndHalfTerm } from '@shared/scheduling';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { CampaignTools } from './CampaignTools';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS, RAG_LABELS, THEME_LABELS } from './labels';
import { deleteCampaign, restoreCampaign, saveActivity, useCampaign, useCampaignActivities } from './queries';

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
  const partners = useLiveQuery(() => db.partners.bulkGet(campaign.partnerIds), [db, campaign.partnerIds]) ?? [];
  const allActivities = useLiveQuery(() => db.activities.toArray(), [db]) ?? activities;
  const groups = groupByTermAndHalfTerm(activities, years);
  const totalReach = activities.reduce((sum, a) => sum + (a.status === 'done' ? (a.reach ?? 0) : 0), 0);

  const remove = async () => {
    const deleted = await deleteCampaign(db, campaign.id);
    navigate('/campaigns');
    if (deleted) {
      toasts.show({
        message: `Deleted “${campaign.title}” and its ${deleted.activities.length} activities.`,
        action: { label: 'Undo', run: () => restoreCampaign(db, deleted) },
      });
    }
  };

  const markDone = async (activity: Activity) => {
    await saveActivity(db, { ...activity, status: 'done' }, activity.id);
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
          </div>
        }
      >
        {THEME_LABELS[campaign.theme]} · {yearGroupsSummary(campaign.yearGroups)} · {formatDateLong(campaign.startDate)} to {formatDateLong(campaign.endDate)}
      </PageHeader>
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
                    {group.activities.map((activity) => {
                      const full = activities.find((a) => a.id === activity.id)!;
                      const warnings = activityWarnings(full, { campaign, others: allActivities.filter((a) => a.id !== full.id), years });
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
              <dd>{campaign.why || 'Not recorded'}</dd>
              <dt>Goal</dt>
              <dd>{campaign.goal || 'Not recorded'}</dd>
              <dt>Audiences</dt>
              <dd>{campaign.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ') || 'None chosen'}</dd>
              <dt>Lead</dt>
              <dd>{campaign.lead || 'Not recorded'}</dd>
              <dt>Partners</dt>
              <dd>{partners.filter(Boolean).map((p) => p!.name).join(', ') || 'None linked'}</dd>
              <dt>Reach so far</dt>
              <dd>
                {totalReach} across {activities.filter((a) => a.status === 'done').length} completed activities
              </dd>
            </dl>
          </section>
          <CampaignTools campaign={campaign} activities={activities} onDelete={remove} />
        </aside>
      </div>
    </>
  );
}
