import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { yearGroupLabel, YEAR_GROUPS } from '@shared/domain';
import { hasErrors, type FieldErrors } from '@shared/school-settings';
import { validateWorkshopPlan } from '@shared/workshop-plan';
import { useDatabase } from '../../db/DatabaseContext';
import type { WorkshopPlan } from '../../db/records';
import { CheckboxGroup, Field, SelectField, TextAreaField, focusFirstInvalid } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { optionsOf, THEME_LABELS } from '../campaigns/labels';
import { ResourcePicker } from '../resources/ResourcePicker';
import { useSchoolSettings } from '../settings/queries';
import { AgendaEditor } from './AgendaEditor';
import { ChecklistEditor } from './ChecklistEditor';
import { draftFromState, stateFromDraft, type EditorState } from './editor-state';
import { WORKSHOP_AUDIENCE_LABELS } from './labels';
import { blankWorkshopPlan, deleteWorkshopPlan, draftFromTemplate, restoreWorkshopPlan, saveWorkshopPlan, useWorkshopPlan, WorkshopValidationError } from './queries';
import { findWorkshopTemplate } from './templates';
import { WorkshopExports } from './WorkshopExports';
import './workshops.css';

/** /workshops/new (optionally ?template=id) or /workshops/:planId. */
export function WorkshopEditorScreen() {
  const { planId } = useParams();
  const [search] = useSearchParams();
  const existing = useWorkshopPlan(planId);
  if (planId && existing === undefined) return <p role="status">Loading…</p>;
  if (planId && existing === null) {
    return (
      <>
        <PageHeader title="Workshop plan not found">It may have been deleted.</PageHeader>
        <Link to="/workshops">Back to workshops</Link>
      </>
    );
  }
  const templateId = search.get('template');
  // A new key per plan or template, so the form starts afresh when either changes.
  return <WorkshopEditor key={existing?.id ?? `new:${templateId ?? ''}`} existing={existing ?? undefined} templateId={templateId} />;
}

function WorkshopEditor({ existing, templateId }: { existing?: WorkshopPlan | undefined; templateId: string | null }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const template = existing ? undefined : findWorkshopTemplate(templateId);
  const initial = useMemo(() => stateFromDraft(existing ?? (template ? draftFromTemplate(template) : blankWorkshopPlan())), [existing, template]);
  const [state, setState] = useState<EditorState>(initial);
  const unsaved = useEditorDraft(`workshop:${existing?.id ?? `new:${templateId ?? ''}`}`, state, setState);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const partners = useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]) ?? [];
  const campaigns = useLiveQuery(() => db.campaigns.orderBy('startDate').reverse().toArray(), [db]) ?? [];
  const campaign = campaigns.find((c) => c.id === existing?.campaignId);

  const draft = draftFromState(state);
  // Section minutes are checked as they are typed; everything else once the lead tries to save.
  const liveErrors = validateWorkshopPlan(draft);
  const shownErrors: FieldErrors = submitted ? liveErrors : Object.fromEntries(Object.entries(liveErrors).filter(([key]) => key.endsWith('.minutes')));
  const allErrors: FieldErrors = errors['form'] ? { ...shownErrors, form: errors['form'] } : shownErrors;
  const dirty = unsaved.dirty;
  const update = (patch: Partial<EditorState>) => {
    setState((s) => ({ ...s, ...patch }));
    setStatus('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setErrors({});
    if (hasErrors(liveErrors)) {
      focusFirstInvalid(document, 'form [aria-invalid="true"]');
      return;
    }
    setSaving(true);
    try {
      const id = await saveWorkshopPlan(db, draft, existing?.id);
      unsaved.markSaved();
      setStatus('Plan saved.');
      if (!existing) navigate(`/workshops/${id}`, { replace: true });
    } catch (error) {
      setErrors({ form: error instanceof WorkshopValidationError ? 'Some fields need fixing. Nothing has been saved yet.' : error instanceof Error ? error.message : 'Upstream could not save the plan.' });
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!existing) return;
    const deleted = await deleteWorkshopPlan(db, existing.id);
    unsaved.markSaved();
    navigate('/workshops');
    if (deleted) toasts.show({ message: `Deleted “${existing.title}”.`, action: { label: 'Undo', run: () => restoreWorkshopPlan(db, deleted) } });
  };

  const schoolGroups = settings?.yearGroups ?? [...YEAR_GROUPS];
  const title = existing ? existing.title : template ? `New plan: ${template.title}` : 'New workshop plan';
  return (
    <>
      <PageHeader title={title}>{existing ? 'Agenda, timings, materials, handouts and exports for this session.' : template ? 'Started from a template: choose the date, check the details and save.' : 'Plan the session minute by minute, then export polished documents.'}</PageHeader>
      {existing ? <WorkshopExports plan={existing} dirty={dirty} campaign={campaign} /> : null}
      <EditorDraftControls draft={unsaved} what="workshop plan" />
      <form className="settings-form workshop-form" onSubmit={submit} noValidate aria-label={existing ? `Edit ${existing.title}` : title}>
        {submitted && hasErrors(allErrors) ? (
          <div className="notice notice--error" role="alert">
            {allErrors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="about-heading">
          <h2 id="about-heading">About the workshop</h2>
          <Field label="Title" value={state.title} onChange={(e) => update({ title: e.target.value })} error={allErrors['title']} hint="For example: Helping your child sleep well" />
          <div className="form-grid">
            <SelectField label="Audience" value={state.audience} options={optionsOf(WORKSHOP_AUDIENCE_LABELS)} onChange={(audience) => update({ audience })} />
            <SelectField label="Theme" value={state.theme} options={optionsOf(THEME_LABELS)} onChange={(theme) => update({ theme })} />
          </div>
          <CheckboxGroup legend="Year groups" options={schoolGroups.map((g) => ({ value: g, label: yearGroupLabel(g) }))} value={state.yearGroups} onChange={(yearGroups) => update({ yearGroups })} />
          <TextAreaField label="What the workshop covers" value={state.summary} onChange={(summary) => update({ summary })} hint="A sentence or two. It opens the parent handout." />
        </section>
        <section className="form-section" aria-labelledby="when-heading">
          <h2 id="when-heading">When and where</h2>
          <div className="form-grid">
            <Field label="Date" type="date" value={state.date} onChange={(e) => update({ date: e.target.value })} error={allErrors['date']} />
            <Field label="Start time" type="time" value={state.startTime} onChange={(e) => update({ startTime: e.target.value })} error={allErrors['startTime']} hint="Agenda clock times count from here." />
            <Field label="Slot length (minutes)" type="number" min={1} inputMode="numeric" value={state.slotText} onChange={(e) => update({ slotText: e.target.value })} error={allErrors['slotMinutes']} hint="How long you have the room or the hall." />
            <Field label="Venue" value={state.venue} onChange={(e) => update({ venue: e.target.value })} />
          </div>
        </section>
        <section className="form-section" aria-labelledby="who-heading">
          <h2 id="who-heading">Facilitators</h2>
          <TextAreaField label="Staff facilitating" value={state.facilitatorsText} onChange={(facilitatorsText) => update({ facilitatorsText })} hint="One per line: a name or a role, such as Wellbeing lead." rows={2} />
          {partners.length > 0 ? (
            <CheckboxGroup legend="Partners facilitating" options={partners.map((p) => ({ value: p.id, label: p.name }))} value={state.partnerIds} onChange={(partnerIds) => update({ partnerIds })} />
          ) : (
            <p className="field__hint">
              Add your Mental Health Support Team and other partners under <Link to="/partners">Partners</Link> to name them here.
            </p>
          )}
        </section>
        <section className="form-section" aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">Objectives and key messages</h2>
          <TextAreaField label="Learning objectives" value={state.objectivesText} onChange={(objectivesText) => update({ objectivesText })} hint="One per line." rows={4} />
          <TextAreaField label="Key messages" value={state.keyMessagesText} onChange={(keyMessagesText) => update({ keyMessagesText })} hint="One per line. Printed on the handout and on the slides." rows={4} />
        </section>
        <section className="form-section" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">Agenda</h2>
          <p className="form-section__lede">Reorder with the Up and Down buttons, Alt with the arrow keys, or by dragging the handle.</p>
          <AgendaEditor
            sections={state.agenda}
            onChange={(agenda) => update({ agenda })}
            errors={allErrors}
            startTime={state.startTime}
            slotMinutes={draft.slotMinutes}
            onRemoved={(section, index) =>
              toasts.show({
                message: `Removed the section “${section.title || 'Untitled section'}”.`,
                action: { label: 'Undo', run: () => setState((s) => ({ ...s, agenda: [...s.agenda.slice(0, index), section, ...s.agenda.slice(index)] })) },
              })
            }
          />
        </section>
        <section className="form-section" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">Materials checklist</h2>
          <ChecklistEditor items={state.checklist} agenda={state.agenda} onChange={(checklist) => update({ checklist })} />
        </section>
        {existing ? (
          // The picker is its own section ("Resources"): linked resources become the handout's tips.
          <ResourcePicker ownerType="workshopPlan" ownerId={existing.id} />
        ) : (
          <section className="form-section" aria-labelledby="handouts-heading">
            <h2 id="handouts-heading">Resources</h2>
            <p className="form-section__lede">Save the plan first, then attach tip sheets and handouts from the library: they become the tips on the parent handout.</p>
          </section>
        )}
        <section className="form-section" aria-labelledby="followup-heading">
          <h2 id="followup-heading">Follow-up and signposting</h2>
          <TextAreaField label="Follow-up" value={state.followUp} onChange={(followUp) => update({ followUp })} hint="What happens after the session: newsletters, drop-ins, referrals." />
          <TextAreaField
            label="Where to get help"
            value={state.signposting}
            onChange={(signposting) => update({ signposting })}
            hint="Printed on the handout with your school’s contacts from Settings and the national helplines (NHS 111, Childline, Samaritans, Shout)."
          />
          <SelectField
            label="Campaign"
            value={state.campaignId}
            options={[{ value: '', label: 'Not part of a campaign' }, ...campaigns.map((c) => ({ value: c.id, label: c.title }))]}
            onChange={(campaignId) => update({ campaignId })}
          />
        </section>
        <div className="form-actions workshop-form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {existing ? 'Save plan' : 'Create plan'}
          </button>
          <Link className="button button--secondary" to="/workshops">
            {existing ? 'Back to workshops' : 'Cancel'}
          </Link>
          {existing ? (
            <button type="button" className="button button--quiet" onClick={remove}>
              Delete plan
            </button>
          ) : null}
          <span className="form-actions__status" role="status">
            {status || (dirty && existing ? 'Unsaved changes.' : '')}
          </span>
        </div>
      </form>
    </>
  );
}
