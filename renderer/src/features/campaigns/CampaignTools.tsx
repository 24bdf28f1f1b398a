import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { academicYearLabel, academicYearOf, toIsoDate } from '@shared/calendar';
import { campaignToTemplate } from '@shared/template-from-campaign';
import { documentFileName } from '@shared/print';
import { copyToNextAcademicYear } from '@shared/scheduling';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { exportActivitiesAsIcs } from './calendar-export';
import { describeError } from './errors';
import { createCampaignWithActivities } from './queries';
import { saveOwnTemplate } from './templates';

type Message = { tone: 'ok' | 'error'; text: string } | null;

/** Copy to next year is for a campaign that has run its course: its statuses and reach start again. */
export const canCopyToNextYear = (campaign: Pick<Campaign, 'status'>) => campaign.status === 'finished' || campaign.status === 'archived';

/** What a lead can do with a whole campaign: calendar, copy, template, delete. */
export function CampaignTools({ campaign, activities, onDelete }: { campaign: Campaign; activities: Activity[]; onDelete: () => void }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const [moveUp, setMoveUp] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const years = settings?.academicYears ?? [];
  const nextYear = academicYearOf(campaign.startDate, years) + 1;
  const hasNextYearDates = years.some((y) => y.startYear === nextYear);

  /** Runs one action at a time and turns any failure into a message beside the buttons. */
  const run = async (action: () => Promise<Message>, failure: string) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, failure) });
    } finally {
      setBusy(false);
    }
  };

  const exportCalendar = () =>
    run(async () => {
      const result = await exportActivitiesAsIcs(activities, campaign.title, documentFileName(toIsoDate(new Date()), campaign.title, 'calendar', 'ics'));
      return result.status === 'failed' ? { tone: 'error', text: result.message } : result.status === 'saved' ? { tone: 'ok', text: 'Calendar file saved. Import it into Outlook or Google Calendar; importing a newer file updates the same events.' } : null;
    }, 'Upstream could not make the calendar file.');

  const copyToNextYear = () =>
    run(async () => {
      const copy = copyToNextAcademicYear(
        campaign,
        activities.map((a) => ({ ...a, copyLinksFrom: a.id })),
        years,
        { moveYearGroupsUp: moveUp, nation: settings?.nation },
      );
      const id = await createCampaignWithActivities(
        db,
        copy.campaign,
        copy.activities.map(({ movedFromHoliday: _moved, ...activity }) => activity),
      );
      const moved = copy.activities.filter((a) => a.movedFromHoliday).length;
      const notes = [
        hasNextYearDates ? '' : `Upstream has no term dates for ${academicYearLabel(nextYear)}, so dates moved on 52 weeks: check them.`,
        moved > 0 ? `${moved === 1 ? '1 activity' : `${moved} activities`} moved to the next teaching day.` : '',
      ].filter(Boolean);
      navigate(`/campaigns/${id}`);
      toasts.show({ message: `Copied to ${academicYearLabel(nextYear)} as “${copy.campaign.title}”. ${notes.join(' ')}`.trim() }, 12_000);
      return null;
    }, 'Upstream could not copy the campaign.');

  const saveAsTemplate = () =>
    run(async () => {
      const partnerIds = [...new Set(activities.flatMap((a) => a.partnerIds))];
      const partners = await db.partners.bulkGet(partnerIds);
      const names = new Map(partners.filter((p) => p !== undefined).map((p) => [p.id, p.name]));
      const withPartners = activities.map((a) => {
        const partner = a.partnerIds.map((id) => names.get(id)).filter(Boolean).join(' and ');
        return partner ? { ...a, partner } : a;
      });
      const saved = await saveOwnTemplate(db, campaignToTemplate(campaign, withPartners, years));
      return {
        tone: 'ok',
        text: `${saved.replaced ? 'Updated your template' : 'Saved as your template'} “${saved.title}”. You will find it under Start from a template.`,
      };
    }, 'Upstream could not save the template.');

  return (
    <section className="form-section campaign-tools" aria-labelledby="tools-heading">
      <h2 id="tools-heading">Share and reuse</h2>
      <button type="button" className="button button--secondary" onClick={exportCalendar} disabled={busy || activities.length === 0}>
        Export calendar (.ics)
      </button>
      <button type="button" className="button button--secondary" onClick={saveAsTemplate} disabled={busy}>
        Save as my template
      </button>
      <div className="copy-next-year">
        {canCopyToNextYear(campaign) ? (
          <>
            <p className="campaign-tools__note">
              Copy into {academicYearLabel(nextYear)} at the same weeks of term, with every activity planned again and no reach.
              {hasNextYearDates ? null : (
                <>
                  {' '}
                  Upstream has no term dates for {academicYearLabel(nextYear)} yet: <Link to="/settings">add them in Settings</Link> first, or dates move on 52 weeks.
                </>
              )}
            </p>
            <label className="checkbox">
              <input type="checkbox" checked={moveUp} onChange={(e) => setMoveUp(e.target.checked)} />
              Move year groups up one
            </label>
            <button type="button" className="button button--secondary" onClick={copyToNextYear} disabled={busy}>
              Copy to next year
            </button>
          </>
        ) : (
          <p className="campaign-tools__note">When this campaign is finished (set its status to Finished), you can copy it into next year here, at the same weeks of term.</p>
        )}
      </div>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'notice notice--error' : 'form-actions__status'}>
          {message.text}
        </p>
      ) : null}
      <button type="button" className="button button--quiet" onClick={onDelete} disabled={busy}>
        Delete campaign
      </button>
    </section>
  );
}
