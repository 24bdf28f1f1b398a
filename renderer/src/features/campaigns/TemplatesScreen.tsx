import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, startOfWeek } from 'date-fns';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatWeekday, isIsoDate, nextTeachingDay, toIsoDate } from '@shared/calendar';
import type { CampaignTemplate } from '@shared/campaign-templates';
import { yearGroupLabel, yearGroupsSummary, type Nation, type YearGroup } from '@shared/domain';
import { scheduleFromTemplate } from '@shared/scheduling';
import { useDatabase } from '../../db/DatabaseContext';
import { CheckboxGroup, Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { describeError } from './errors';
import { ACTIVITY_TYPE_LABELS, THEME_LABELS } from './labels';
import { createCampaignWithActivities } from './queries';
import { AwarenessDayPicker } from './AwarenessDayPicker';
import { ImportTemplate, OwnTemplateActions } from './OwnTemplates';
import { matchPartners, useTemplates, type TemplateEntry } from './templates';
import './campaigns.css';

export function TemplatesScreen() {
  const templates = useTemplates();
  const [chosen, setChosen] = useState<string | null>(null);
  const entry = templates?.find((t) => t.key === chosen && 'template' in t);
  const builtIn = templates?.filter((t) => t.source === 'built-in') ?? [];
  const own = templates?.filter((t) => t.source === 'own') ?? [];
  return (
    <>
      <PageHeader title="Start from a template">Pick a ready-made campaign, choose when it starts and who it is for, and Upstream schedules every activity in teaching weeks, clear of holidays.</PageHeader>
      {templates === undefined ? (
        <p role="status">Loading…</p>
      ) : entry && 'template' in entry ? (
        <ScheduleTemplate template={entry.template} onBack={() => setChosen(null)} />
      ) : (
        <>
          <section aria-labelledby="built-in-heading">
            <h2 id="built-in-heading" className="template-section-heading">
              Built-in templates
            </h2>
            <TemplateCards entries={builtIn} onUse={setChosen} />
          </section>
          <section aria-labelledby="own-heading">
            <h2 id="own-heading" className="template-section-heading">
              Your templates
            </h2>
            {own.length === 0 ? <p>None yet. Open any campaign and choose “Save as my template” under Share and reuse, or import a template file below.</p> : <TemplateCards entries={own} onUse={setChosen} />}
          </section>
          <ImportTemplate />
        </>
      )}
    </>
  );
}

function TemplateCards({ entries, onUse }: { entries: TemplateEntry[]; onUse: (key: string) => void }) {
  return (
    <ul className="template-list">
      {entries.map((t) => (
        <li key={t.key} className="card template-card">
          {'template' in t ? (
            <>
              <h3>{t.template.title}</h3>
              <p className="week-list__meta">
                {THEME_LABELS[t.template.theme]} · {t.template.activities.length} activities over {t.template.durationWeeks} teaching weeks
                {t.template.suggestedYearGroups.length > 0 ? ` · suggested for ${yearGroupsSummary(t.template.suggestedYearGroups)}` : ''}
                {t.source === 'own' ? ' · your template' : ''}
              </p>
              {t.template.summary ? <p>{t.template.summary}</p> : null}
              <div className="template-card__actions">
                <button type="button" className="button button--primary" onClick={() => onUse(t.key)} aria-label={`Use the template ${t.template.title}`}>
                  Use this template
                </button>
                {t.source === 'own' && t.id ? <OwnTemplateActions id={t.id} title={t.template.title} template={t.template} /> : null}
              </div>
            </>
          ) : (
            <>
              <h3>{t.fileName}</h3>
              <p className="notice notice--error" role="alert">
                {t.error}
              </p>
              {t.source === 'own' && t.id ? (
                <div className="template-card__actions">
                  <OwnTemplateActions id={t.id} title={t.fileName} />
                </div>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function defaultStart(today: Date, years: Parameters<typeof nextTeachingDay>[1], nation: Nation | undefined): string {
  const nextMonday = addDays(startOfWeek(today, { weekStartsOn: 1 }), 7);
  return nextTeachingDay(nextMonday, years, nation) ?? toIsoDate(nextMonday);
}

function ScheduleTemplate({ template, onBack }: { template: CampaignTemplate; onBack: () => void }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const settings = useSchoolSettings();
  const partners = useLiveQuery(() => db.partners.toArray(), [db]) ?? [];
  const years = settings?.academicYears ?? [];
  const schoolGroups = settings?.yearGroups ?? template.suggestedYearGroups;
  const nation = settings?.nation;
  const [today] = useState(() => new Date());
  const [startDate, setStartDate] = useState(() => defaultStart(today, years, nation));
  const [yearGroups, setYearGroups] = useState<YearGroup[]>(() => {
    const suggested = template.suggestedYearGroups.filter((g) => schoolGroups.includes(g));
    return suggested.length > 0 ? suggested : schoolGroups.slice(0, 3);
  });
  const [error, setError] = useState('');

  const plan = useMemo(() => (isIsoDate(startDate) ? scheduleFromTemplate(template, { startDate, yearGroups, years, nation }) : null), [template, startDate, yearGroups, years, nation]);

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
      setError(describeError(e, 'Upstream could not create the campaign.'));
    }
  };

  return (
    <form className="settings-form" onSubmit={create} noValidate aria-label={`Schedule ${template.title}`}>
      <section className="form-section" aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{template.title}</h2>
        <p>{template.summary}</p>
        <Field label="Campaign starts" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} error={error || undefined} />
        {settings?.awarenessDaysHidden ? null : <AwarenessDayPicker today={today} years={years} nation={nation} onChoose={setStartDate} />}
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
