import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, startOfWeek } from 'date-fns';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatWeekday, isIsoDate, nextTeachingDay, toIsoDate } from '@shared/calendar';
import type { CampaignTemplate } from '@shared/campaign-templates';
import { yearGroupLabel, yearGroupsSummary, type YearGroup } from '@shared/domain';
import { scheduleFromTemplate } from '@shared/scheduling';
import { useDatabase } from '../../db/DatabaseContext';
import { CheckboxGroup, Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { ACTIVITY_TYPE_LABELS, THEME_LABELS } from './labels';
import { createCampaignWithActivities } from './queries';
import { matchPartners, useTemplates } from './templates';

export function TemplatesScreen() {
  const templates = useTemplates();
  const [chosen, setChosen] = useState<string | null>(null);
  const entry = templates?.find((t) => t.key === chosen && 'template' in t);
  return (
    <>
      <PageHeader title="Start from a template">Pick a ready-made campaign, choose when it starts and who it is for, and Upstream schedules every activity in teaching weeks, clear of holidays.</PageHeader>
      {templates === undefined ? (
        <p role="status">Loading…</p>
      ) : entry && 'template' in entry ? (
        <ScheduleTemplate template={entry.template} onBack={() => setChosen(null)} />
      ) : (
        <ul className="template-list">
          {templates.map((t) =>
            'template' in t ? (
              <li key={t.key} className="card">
                <h2>{t.template.title}</h2>
                <p className="week-list__meta">
                  {THEME_LABELS[t.template.theme]} · {t.template.activities.length} activities over {t.template.durationWeeks} teaching weeks · suggested for {yearGroupsSummary(t.template.suggestedYearGroups)}
                  {t.source === 'own' ? ' · your template' : ''}
                </p>
                <p>{t.template.summary}</p>
                <button type="button" className="button button--primary" onClick={() => setChosen(t.key)} aria-label={`Use the template ${t.template.title}`}>
                  Use this template
                </button>
              </li>
            ) : (
              <li key={t.key} className="card">
                <h2>{t.fileName}</h2>
                <p className="field__error" role="alert">
                  {t.error}
                </p>
              </li>
            ),
          )}
        </ul>
      )}
    </>
  );
}

function defaultStart(today: Date, years: Parameters<typeof nextTeachingDay>[1]): string {
  const nextMonday = addDays(startOfWeek(today, { weekStartsOn: 1 }), 7);
  return nextTeachingDay(nextMonday, years) ?? toIsoDate(nextMonday);
}

function ScheduleTemplate({ template, onBack }: { template: CampaignTemplate; onBack: () => void }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const settings = useSchoolSettings();
  const partners = useLiveQuery(() => db.partners.toArray(), [db]) ?? [];
  const years = settings?.academicYears ?? [];
  const schoolGroups = settings?.yearGroups ?? template.suggestedYearGroups;
  const [startDate, setStartDate] = useState(() => defaultStart(new Date(), years));
  const [yearGroups, setYearGroups] = useState<YearGroup[]>(() => {
    const suggested = template.suggestedYearGroups.filter((g) => schoolGroups.includes(g));
    return suggested.length > 0 ? suggested : schoolGroups.slice(0, 3);
  });
  const [error, setError] = useState('');

  const plan = useMemo(() => (isIsoDate(startDate) ? scheduleFromTemplate(template, { startDate, yearGroups, years }) : null), [template, startDate, yearGroups, years]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!plan) {
      setError('Enter the date the campaign starts.');
      return;
    }
    try {
      const id = await createCampaignWithActivities(
        db,
        { ...plan.campaign, partnerIds: [...new Set(plan.activities.flatMap((a) => matchPartners(a.partner, partners)))], lead: '', notes: '' },
        plan.activities.map(({ movedFromHoliday: _moved, partner, ...a }) => ({ ...a, partnerIds: matchPartners(partner, partners) })),
      );
      navigate(`/campaigns/${id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Upstream could not create the campaign.');
    }
  };

  return (
    <form className="settings-form" onSubmit={create} noValidate aria-label={`Schedule ${template.title}`}>
      <section className="form-section" aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{template.title}</h2>
        <p>{template.summary}</p>
        <Field label="Campaign starts" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} error={error || undefined} />
        <CheckboxGroup legend="Year groups" options={schoolGroups.map((g) => ({ value: g, label: yearGroupLabel(g) }))} value={yearGroups} onChange={setYearGroups} />
      </section>
      {plan ? (
        <section className="form-section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">What will be scheduled</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Activity</th>
                <th scope="col">Type</th>
              </tr>
            </thead>
            <tbody>
              {plan.activities.map((a, i) => (
                <tr key={`${a.title}-${i}`}>
                  <td>
                    {formatWeekday(a.date)}
                    {a.startTime ? `, ${a.startTime}` : ''}
                    {a.movedFromHoliday ? <span className="warning">Moved to the next teaching day</span> : null}
                  </td>
                  <td>{a.title}</td>
                  <td>{ACTIVITY_TYPE_LABELS[a.type]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Create campaign
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          Choose another template
        </button>
        <Link to="/campaigns">Cancel</Link>
      </div>
    </form>
  );
}
