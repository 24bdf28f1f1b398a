import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { addMonths, format } from 'date-fns';
import { parseIsoDate, toIsoDate } from '@shared/calendar';
import { validateCampaignDraft } from '@shared/campaign-validation';
import { YEAR_GROUPS, yearGroupLabel } from '@shared/domain';
import { hasErrors, type FieldErrors } from '@shared/school-settings';
import { useDatabase } from '../../db/DatabaseContext';
import type { Campaign } from '../../db/records';
import { CheckboxGroup, Field, SelectField, TextAreaField, focusFirstInvalid } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { IndicatorSelect } from '../trends/IndicatorSelect';
import { AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS, optionsOf, RAG_LABELS, THEME_LABELS } from './labels';
import { describeError } from './errors';
import { createCampaign, updateCampaign, useCampaign, ValidationError, type CampaignDraft } from './queries';
import { campaignSeedFromConversation, SEED_PARAM } from './seed';
import './campaigns.css';

/** A new campaign pre-filled from a community conversation's concerns, and where they were heard. */
interface Seed {
  draft: CampaignDraft;
  conversation: string;
}

export function blankCampaign(today = new Date()): CampaignDraft {
  const start = toIsoDate(today);
  return {
    title: '',
    theme: 'sleep',
    why: '',
    goal: '',
    audiences: ['pupils'],
    yearGroups: [],
    startDate: start,
    endDate: toIsoDate(addMonths(today, 2)),
    lead: '',
    partnerIds: [],
    status: 'planned',
    reviewDate: format(addMonths(parseIsoDate(start), 3), 'yyyy-MM-dd'),
    notes: '',
  };
}

/** New campaign (no id in the route) or edit an existing one. */
export function CampaignEditorScreen() {
  const { campaignId } = useParams();
  const existing = useCampaign(campaignId);
  const [params] = useSearchParams();
  const fromConversation = campaignId ? null : params.get(SEED_PARAM);
  const db = useDatabase();
  const seed = useLiveQuery(async (): Promise<Seed | null> => {
    const conversation = fromConversation ? await db.activities.get(fromConversation) : undefined;
    if (!conversation) return null;
    const from = await db.campaigns.get(conversation.campaignId);
    return { draft: campaignSeedFromConversation(blankCampaign(), conversation, from), conversation: conversation.title };
  }, [db, fromConversation]);
  if (campaignId && existing === undefined) return <p role="status">Loading…</p>;
  if (campaignId && existing === null) return <p>That campaign no longer exists.</p>;
  if (fromConversation && seed === undefined) return <p role="status">Loading…</p>;
  return <CampaignEditor key={fromConversation ?? campaignId ?? 'new'} existing={existing ?? undefined} seed={seed ?? undefined} />;
}

function CampaignEditor({ existing, seed }: { existing?: Campaign; seed?: Seed }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const settings = useSchoolSettings();
  const partners = useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]) ?? [];
  const [draft, setDraft] = useState<CampaignDraft>(() => (existing ? { ...existing } : (seed?.draft ?? blankCampaign())));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const unsaved = useEditorDraft(`campaign:${existing?.id ?? 'new'}`, draft, setDraft);
  const update = (patch: Partial<CampaignDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const schoolGroups = settings?.yearGroups ?? [...YEAR_GROUPS];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateCampaignDraft(draft);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const payload = { ...draft, reviewDate: draft.reviewDate || undefined };
      const id = existing ? (await updateCampaign(db, existing.id, payload), existing.id) : await createCampaign(db, payload);
      unsaved.markSaved();
      navigate(`/campaigns/${id}`);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
      else setErrors({ form: describeError(error, 'Upstream could not save the campaign.') });
      setSaving(false);
    }
  };

  const title = existing ? `Edit ${existing.title}` : 'New campaign';
  return (
    <>
      <PageHeader title={title}>What prompted it, who it is for, and when it runs.</PageHeader>
      <EditorDraftControls draft={unsaved} what="campaign" />
      <form className="settings-form" onSubmit={submit} noValidate aria-label={title}>
        {hasErrors(errors) ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        {seed ? (
          <p className="seed-notice">
            Started from the concerns heard at “{seed.conversation}”: they are under Why. Give the campaign a title and dates, then create it.
          </p>
        ) : null}
        <section className="form-section" aria-labelledby="what-heading">
          <h2 id="what-heading">What and why</h2>
          <Field label="Title" value={draft.title} onChange={(e) => update({ title: e.target.value })} error={errors['title']} hint="For example: Sleep well this winter" />
          <div className="form-grid">
            <SelectField label="Theme" value={draft.theme} options={optionsOf(THEME_LABELS)} onChange={(theme) => update({ theme })} />
            <SelectField label="Status" value={draft.status} options={optionsOf(CAMPAIGN_STATUS_LABELS)} onChange={(status) => update({ status })} />
          </div>
          <TextAreaField label="Why: the evidence that prompted it" value={draft.why ?? ''} onChange={(why) => update({ why })} rows={Math.min(8, Math.max(3, (draft.why ?? '').split('\n').length + 1))} hint="For example: the autumn survey showed 38% of Year 9 have trouble sleeping often or always." />
          <TextAreaField label="Goal" value={draft.goal ?? ''} onChange={(goal) => update({ goal })} rows={2} />
          <IndicatorSelect value={draft.indicatorId} onChange={(indicatorId) => update({ indicatorId })} />
        </section>
        <section className="form-section" aria-labelledby="who-heading">
          <h2 id="who-heading">Who it is for</h2>
          <CheckboxGroup legend="Audiences" options={optionsOf(AUDIENCE_LABELS)} value={draft.audiences} onChange={(audiences) => update({ audiences })} />
          <CheckboxGroup legend="Year groups" options={schoolGroups.map((g) => ({ value: g, label: yearGroupLabel(g) }))} value={draft.yearGroups} onChange={(yearGroups) => update({ yearGroups })} />
        </section>
        <section className="form-section" aria-labelledby="when-heading">
          <h2 id="when-heading">When and who leads</h2>
          <div className="form-grid">
            <Field label="Starts" type="date" value={draft.startDate} onChange={(e) => update({ startDate: e.target.value })} error={errors['startDate']} />
            <Field label="Ends" type="date" value={draft.endDate} onChange={(e) => update({ endDate: e.target.value })} error={errors['endDate']} />
            <Field label="Lead" value={draft.lead ?? ''} onChange={(e) => update({ lead: e.target.value })} hint="A role or a staff name" />
          </div>
          {partners.length > 0 ? (
            <CheckboxGroup legend="Partners" options={partners.map((p) => ({ value: p.id, label: p.name }))} value={draft.partnerIds} onChange={(partnerIds) => update({ partnerIds })} />
          ) : (
            <p className="field__hint">
              Add your Mental Health Support Team and other partners under <Link to="/partners">Partners</Link> to link them here.
            </p>
          )}
        </section>
        <section className="form-section" aria-labelledby="review-heading">
          <h2 id="review-heading">Review</h2>
          <div className="form-grid">
            <SelectField
              label="RAG rating"
              value={draft.rag ?? 'none'}
              options={[{ value: 'none', label: 'Not rated yet' }, ...optionsOf(RAG_LABELS)]}
              onChange={(rag) => update({ rag: rag === 'none' ? undefined : rag })}
            />
            <Field label="Review date" type="date" value={draft.reviewDate ?? ''} onChange={(e) => update({ reviewDate: e.target.value })} error={errors['reviewDate']} hint="Review every 3 to 6 months." />
          </div>
          <TextAreaField label="Notes" value={draft.notes ?? ''} onChange={(notes) => update({ notes })} />
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {existing ? 'Save campaign' : 'Create campaign'}
          </button>
          <Link className="button button--secondary" to={existing ? `/campaigns/${existing.id}` : '/campaigns'}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
