import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { validateActivityDraft } from '@shared/campaign-validation';
import { isIsoDate } from '@shared/calendar';
import { yearGroupLabel } from '@shared/domain';
import { activityWarnings } from '@shared/scheduling';
import { hasErrors, type FieldErrors } from '@shared/school-settings';
import { useDatabase } from '../../db/DatabaseContext';
import type { Activity, Campaign } from '../../db/records';
import { CheckboxGroup, Field, SelectField, TextAreaField, focusFirstInvalid } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { ResourcePicker } from '../resources/ResourcePicker';
import { useSchoolSettings } from '../settings/queries';
import { seedCampaignPath } from './seed';
import './campaigns.css';
import { describeError } from './errors';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, AUDIENCE_LABELS, optionsOf } from './labels';
import { deleteActivity, restoreActivity, saveActivity, useCampaign, ValidationError, type ActivityDraft } from './queries';

const toNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
const NONE: Activity[] = [];
const cleanConcerns = (concerns: string[] | undefined) => concerns?.map((c) => c.trim()).filter(Boolean);

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
  const partners = useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]) ?? [];
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    existing
      ? { ...existing }
      : { campaignId: campaign.id, type: 'assembly', title: '', date: campaign.startDate, partnerIds: [], audiences: ['pupils'], yearGroups: [...campaign.yearGroups], status: 'planned' },
  );
  const [numbers, setNumbers] = useState({ duration: String(existing?.durationMinutes ?? ''), reach: String(existing?.reach ?? '') });
  const [errors, setErrors] = useState<FieldErrors>({});
  const unsaved = useEditorDraft(`activity:${campaign.id}:${existing?.id ?? 'new'}`, { draft, numbers }, (restored) => {
    setDraft(restored.draft);
    setNumbers(restored.numbers);
  });
  // Clashes are with activities on the same day: read only those.
  const sameDay = useLiveQuery(async () => (isIsoDate(draft.date) ? db.activities.where('date').equals(draft.date).toArray() : NONE), [db, draft.date]) ?? NONE;
  const update = (patch: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const candidate: ActivityDraft = { ...draft, durationMinutes: toNumber(numbers.duration), reach: toNumber(numbers.reach) };

  const warnings = useMemo(
    () =>
      activityWarnings(
        { ...candidate, id: existing?.id },
        { campaign, others: sameDay.filter((a) => a.id !== existing?.id), years: settings?.academicYears ?? [], nation: settings?.nation },
      ),
    [candidate.date, candidate.yearGroups, candidate.status, sameDay, settings, campaign],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateActivityDraft(candidate);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid();
      return;
    }
    try {
      await saveActivity(db, { ...candidate, startTime: candidate.startTime || undefined, concernsHeard: cleanConcerns(candidate.concernsHeard) }, existing?.id);
      unsaved.markSaved();
      navigate(`/campaigns/${campaign.id}`);
    } catch (error) {
      setErrors(error instanceof ValidationError ? error.errors : { form: describeError(error, 'Upstream could not save the activity.') });
    }
  };

  const remove = async () => {
    if (!existing) return;
    let deleted: Awaited<ReturnType<typeof deleteActivity>>;
    try {
      deleted = await deleteActivity(db, existing.id);
      unsaved.markSaved();
    } catch (error) {
      setErrors({ form: describeError(error, `Upstream could not delete “${existing.title}”.`) });
      return;
    }
    navigate(`/campaigns/${campaign.id}`);
    if (!deleted) return;
    const restore = deleted;
    toasts.show({
      message: `Deleted “${existing.title}”.`,
      action: {
        label: 'Undo',
        run: async () => {
          try {
            await restoreActivity(db, restore);
          } catch (error) {
            toasts.show({ message: describeError(error, `Upstream could not bring back “${existing.title}”.`) }, 15_000);
          }
        },
      },
    });
  };

  const title = existing ? `Edit activity: ${existing.title}` : `Add an activity to ${campaign.title}`;
  return (
    <>
      <PageHeader title={title}>
        Part of <Link to={`/campaigns/${campaign.id}`}>{campaign.title}</Link>.
      </PageHeader>
      <EditorDraftControls draft={unsaved} what="activity" />
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
          {draft.type === 'community-conversation' && existing?.type === 'community-conversation' && (existing.concernsHeard?.length ?? 0) > 0 ? (
            <p className="actions-row">
              <Link className="button button--secondary" to={seedCampaignPath(existing.id)}>
                Start a campaign from these concerns
              </Link>
              <span className="field__hint">Uses the concerns as saved{JSON.stringify(existing.concernsHeard) === JSON.stringify(cleanConcerns(draft.concernsHeard)) ? '.' : ': save first to include your changes.'}</span>
            </p>
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
