import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { validateActivityDraft } from '@shared/campaign-validation';
import { yearGroupLabel } from '@shared/domain';
import { activityWarnings } from '@shared/scheduling';
import { hasErrors, type FieldErrors } from '@shared/school-settings';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { CheckboxGroup, Field, SelectField, TextAreaField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { ResourcePicker } from '../resources/ResourcePicker';
import { useSchoolSettings } from '../settings/queries';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, AUDIENCE_LABELS, optionsOf } from './labels';
import { deleteActivity, restoreActivity, saveActivity, useCampaign, useCampaignActivities, ValidationError, type ActivityDraft } from './queries';

const toNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export function ActivityEditorScreen() {
  const { campaignId, activityId } = useParams();
  const db = useDatabase();
  const campaign = useCampaign(campaignId);
  const activity = useLiveQuery(async () => (activityId ? ((await db.activities.get(activityId)) ?? null) : null), [db, activityId]);
  if (campaign === undefined || activity === undefined) return <p role="status">Loading…</p>;
  if (campaign === null || (activityId && activity === null)) return <p>That activity no longer exists.</p>;
  return <ActivityEditor key={activityId ?? 'new'} campaign={campaign} existing={activity ?? undefined} />;
}

function ActivityEditor({ campaign, existing }: { campaign: Campaign; existing?: Activity }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const siblings = useCampaignActivities(campaign.id) ?? [];
  const allActivities = useLiveQuery(() => db.activities.toArray(), [db]) ?? siblings;
  const partners = useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]) ?? [];
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    existing
      ? { ...existing }
      : { campaignId: campaign.id, type: 'assembly', title: '', date: campaign.startDate, partnerIds: [], audiences: ['pupils'], yearGroups: [...campaign.yearGroups], status: 'planned' },
  );
  const [numbers, setNumbers] = useState({ duration: String(existing?.durationMinutes ?? ''), reach: String(existing?.reach ?? '') });
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = (patch: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const candidate: ActivityDraft = { ...draft, durationMinutes: toNumber(numbers.duration), reach: toNumber(numbers.reach) };

  const warnings = useMemo(
    () =>
      activityWarnings(
        { ...candidate, id: existing?.id },
        { campaign, others: allActivities.filter((a) => a.id !== existing?.id), years: settings?.academicYears ?? [] },
      ),
    [candidate.date, candidate.yearGroups, candidate.status, allActivities, settings, campaign],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateActivityDraft(candidate);
    setErrors(found);
    if (hasErrors(found)) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      await saveActivity(db, { ...candidate, startTime: candidate.startTime || undefined, concernsHeard: candidate.concernsHeard?.map((c) => c.trim()).filter(Boolean) }, existing?.id);
      navigate(`/campaigns/${campaign.id}`);
    } catch (error) {
      setErrors(error instanceof ValidationError ? error.errors : { form: error instanceof Error ? error.message : 'Upstream could not save the activity.' });
    }
  };

  const remove = async () => {
    if (!existing) return;
    const deleted = await deleteActivity(db, existing.id);
    navigate(`/campaigns/${campaign.id}`);
    if (deleted) toasts.show({ message: `Deleted “${existing.title}”.`, action: { label: 'Undo', run: () => restoreActivity(db, deleted) } });
  };

  const title = existing ? `Edit activity: ${existing.title}` : `Add an activity to ${campaign.title}`;
  return (
    <>
      <PageHeader title={title}>
        Part of <Link to={`/campaigns/${campaign.id}`}>{campaign.title}</Link>.
      </PageHeader>
      <form className="settings-form" onSubmit={submit} noValidate aria-label={title}>
        {hasErrors(errors) ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="activity-what">
          <h2 id="activity-what">What</h2>
          <div className="form-grid">
            <SelectField label="Type" value={draft.type} options={optionsOf(ACTIVITY_TYPE_LABELS)} onChange={(type) => update({ type })} />
            <SelectField label="Status" value={draft.status} options={optionsOf(ACTIVITY_STATUS_LABELS)} onChange={(status) => update({ status })} />
          </div>
          <Field label="Activity title" value={draft.title} onChange={(e) => update({ title: e.target.value })} error={errors['title']} />
        </section>
        <section className="form-section" aria-labelledby="activity-when">
          <h2 id="activity-when">When and where</h2>
          <div className="form-grid">
            <Field label="Date" type="date" value={draft.date} onChange={(e) => update({ date: e.target.value })} error={errors['date']} />
            <Field label="Start time" type="time" value={draft.startTime ?? ''} onChange={(e) => update({ startTime: e.target.value })} error={errors['startTime']} />
            <Field label="Length in minutes" type="number" min={1} inputMode="numeric" value={numbers.duration} onChange={(e) => setNumbers({ ...numbers, duration: e.target.value })} error={errors['durationMinutes']} />
            <Field label="Place" value={draft.place ?? ''} onChange={(e) => update({ place: e.target.value })} />
            <Field label="Owner" value={draft.owner ?? ''} onChange={(e) => update({ owner: e.target.value })} hint="Who runs it" />
          </div>
          {warnings.length > 0 ? (
            <div aria-live="polite" className="warnings">
              {warnings.map((w) => (
                <p key={w.kind + w.message} className="warning">
                  {w.message}
                </p>
              ))}
            </div>
          ) : null}
        </section>
        <section className="form-section" aria-labelledby="activity-who">
          <h2 id="activity-who">Who</h2>
          <CheckboxGroup legend="Audience" options={optionsOf(AUDIENCE_LABELS)} value={draft.audiences} onChange={(audiences) => update({ audiences })} />
          <CheckboxGroup legend="Year groups" options={(settings?.yearGroups ?? campaign.yearGroups).map((g) => ({ value: g, label: yearGroupLabel(g) }))} value={draft.yearGroups} onChange={(yearGroups) => update({ yearGroups })} />
          {partners.length > 0 ? <CheckboxGroup legend="Partners" options={partners.map((p) => ({ value: p.id, label: p.name }))} value={draft.partnerIds} onChange={(partnerIds) => update({ partnerIds })} /> : null}
        </section>
        {existing ? <ResourcePicker ownerType="activity" ownerId={existing.id} /> : null}
        <section className="form-section" aria-labelledby="activity-outcome">
          <h2 id="activity-outcome">Outcome</h2>
          <Field label="Reach (how many attended)" type="number" min={0} inputMode="numeric" value={numbers.reach} onChange={(e) => setNumbers({ ...numbers, reach: e.target.value })} error={errors['reach']} hint="A count only, never names." className="field--narrow" />
          {draft.type === 'community-conversation' ? (
            <TextAreaField
              label="Concerns heard (one short theme per line)"
              value={(draft.concernsHeard ?? []).join('\n')}
              onChange={(text) => update({ concernsHeard: text.split('\n').map((t) => t.trimStart()).slice(0, 30) })}
              hint="Themes only, such as “transport to appointments”. No names or personal stories."
            />
          ) : null}
          <TextAreaField label="Notes" value={draft.notes ?? ''} onChange={(notes) => update({ notes })} />
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {existing ? 'Save activity' : 'Add activity'}
          </button>
          <Link className="button button--secondary" to={`/campaigns/${campaign.id}`}>
            Cancel
          </Link>
          {existing ? (
            <button type="button" className="button button--quiet" onClick={remove}>
              Delete activity
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
