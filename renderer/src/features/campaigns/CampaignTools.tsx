import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { toIsoDate } from '@shared/calendar';
import { campaignToTemplate } from '@shared/campaign-templates';
import { documentFileName } from '@shared/print';
import { copyToNextAcademicYear } from '@shared/scheduling';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { exportActivitiesAsIcs } from './calendar-export';
import { createCampaignWithActivities } from './queries';

/** What a lead can do with a whole campaign: calendar, copy, template, delete. */
export function CampaignTools({ campaign, activities, onDelete }: { campaign: Campaign; activities: Activity[]; onDelete: () => void }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const [moveUp, setMoveUp] = useState(true);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const years = settings?.academicYears ?? [];

  const exportCalendar = async () => {
    const result = await exportActivitiesAsIcs(activities, campaign.title, documentFileName(toIsoDate(new Date()), campaign.title, 'calendar', 'ics'));
    setMessage(result.status === 'failed' ? { tone: 'error', text: result.message } : result.status === 'saved' ? { tone: 'ok', text: 'Calendar file saved. Import it into Outlook or Google Calendar.' } : null);
  };

  const copyToNextYear = async () => {
    const copy = copyToNextAcademicYear(campaign, activities, years, { moveYearGroupsUp: moveUp });
    const id = await createCampaignWithActivities(db, copy.campaign, copy.activities.map(({ movedFromHoliday: _moved, ...activity }) => activity));
    navigate(`/campaigns/${id}`);
    toasts.show({ message: `Copied to next year as “${copy.campaign.title}”.` });
  };

  const saveAsTemplate = async () => {
    const template = campaignToTemplate(campaign, activities, years);
    const now = new Date().toISOString();
    await db.campaignTemplates.put({ id: crypto.randomUUID(), title: campaign.title, template, createdAt: now, updatedAt: now });
    setMessage({ tone: 'ok', text: `Saved as a template. You will find “${campaign.title}” under Start from a template.` });
  };

  return (
    <section className="form-section" aria-labelledby="tools-heading">
      <h2 id="tools-heading">Share and reuse</h2>
      <button type="button" className="button button--secondary" onClick={exportCalendar} disabled={activities.length === 0}>
        Export calendar (.ics)
      </button>
      <button type="button" className="button button--secondary" onClick={saveAsTemplate}>
        Save as my template
      </button>
      <div className="copy-next-year">
        <label className="checkbox">
          <input type="checkbox" checked={moveUp} onChange={(e) => setMoveUp(e.target.checked)} />
          Move year groups up one
        </label>
        <button type="button" className="button button--secondary" onClick={copyToNextYear}>
          Copy to next year
        </button>
      </div>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'field__error' : 'form-actions__status'}>
          {message.text}
        </p>
      ) : null}
      <button type="button" className="button button--quiet" onClick={onDelete}>
        Delete campaign
      </button>
    </section>
  );
}
