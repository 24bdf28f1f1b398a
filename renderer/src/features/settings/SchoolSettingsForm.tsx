import { useRef, useState, type FormEvent } from 'react';
import type { SchoolSettings } from '@shared/domain';
import { hasErrors, validateSchoolSettings, type FieldErrors } from '@shared/school-settings';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { Field, focusFirstInvalid } from '../../ui/Field';
import { TermDatesEditor } from './TermDatesEditor';
import { YearGroupsField } from './YearGroupsField';

export type SettingsDraft = Pick<SchoolSettings, 'name' | 'yearGroups' | 'academicYears' | 'nation' | 'suppressionThreshold' | 'mhstContact' | 'dslContact'>;

interface Props {
  initial: SettingsDraft;
  submitLabel: string;
  onSave: (draft: SettingsDraft) => Promise<void>;
  /** First run keeps the form short: contacts and the threshold can wait for Settings. */
  compact?: boolean;
}

/**
 * The school's name, year groups, term dates, contacts and suppression threshold. Nothing is
 * saved until every field is valid; errors appear beside their fields and the first is focused.
 */
export function SchoolSettingsForm({ initial, submitLabel, onSave, compact = false }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(initial);
  const [thresholdText, setThresholdText] = useState(String(initial.suppressionThreshold));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [selectedYear, setSelectedYear] = useState(() => Math.max(0, initial.academicYears.length - 1));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const formRef = useRef<HTMLFormElement>(null);
  const unsaved = useEditorDraft(`settings:${compact ? 'first-run' : 'school'}`, { draft, thresholdText }, (restored) => {
    setDraft(restored.draft);
    setThresholdText(restored.thresholdText);
  });

  const update = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus('idle');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const threshold = thresholdText.trim() === '' ? Number.NaN : Number(thresholdText);
    const candidate = { ...draft, suppressionThreshold: threshold };
    const found = validateSchoolSettings(candidate);
    setErrors(found);
    if (hasErrors(found)) {
      const yearWithError = Object.keys(found).map((k) => /^academicYears\.(\d+)/.exec(k)?.[1]).find((v) => v !== undefined);
      if (yearWithError !== undefined && !Object.keys(found).some((k) => !k.startsWith('academicYears'))) setSelectedYear(Number(yearWithError));
      setStatus('idle');
      // Let React render the messages, then move focus to the first invalid field.
      if (formRef.current) focusFirstInvalid(formRef.current, '[aria-invalid="true"], .field--invalid input');
      return;
    }
    setStatus('saving');
    try {
      await onSave(candidate);
      unsaved.markSaved();
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const errorCount = Object.keys(errors).length;

  return (
    <form ref={formRef} className="settings-form" onSubmit={submit} noValidate aria-label="School settings">
      <EditorDraftControls draft={unsaved} what={compact ? 'set-up' : 'school’s settings'} />
      {errorCount > 0 ? (
        <div className="notice notice--error" role="alert">
          {errorCount === 1 ? 'One thing needs fixing before saving.' : `${errorCount} things need fixing before saving.`} Nothing has been saved yet.
        </div>
      ) : null}
      <section className="form-section" aria-labelledby="school-heading">
        <h2 id="school-heading">Your school</h2>
        <Field label="School name" value={draft.name} onChange={(e) => update({ name: e.target.value })} error={errors['name']} autoComplete="organization" maxLength={200} />
        <YearGroupsField value={draft.yearGroups} onChange={(yearGroups) => update({ yearGroups })} error={errors['yearGroups']} />
      </section>

      <section className="form-section" aria-labelledby="terms-heading">
        <h2 id="terms-heading">Term dates</h2>
        <p className="form-section__lede">
          Start from the typical dates for your nation and change them to match your school’s own calendar, including an August start. Upstream uses
          these to place activities in terms and half terms, count teaching weeks from your first day, and keep clear of holidays, INSET days and bank
          holidays.
        </p>
        <TermDatesEditor
          years={draft.academicYears}
          nation={draft.nation ?? 'england'}
          selected={selectedYear}
          onSelect={setSelectedYear}
          onChange={(academicYears) => update({ academicYears })}
          onNationChange={(nation, academicYears) => update({ nation, academicYears })}
          errors={errors}
        />
      </section>

      {compact ? null : (
        <>
          <section className="form-section" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">Wellbeing contacts</h2>
            <p className="form-section__lede">Printed on signposting sheets and handouts. Use work details only.</p>
            <Field label="Mental Health Support Team contact" value={draft.mhstContact ?? ''} onChange={(e) => update({ mhstContact: e.target.value })} hint="For example: Jo Smith, Education Mental Health Practitioner, 01234 567890" />
            <Field label="Designated Safeguarding Lead contact" value={draft.dslContact ?? ''} onChange={(e) => update({ dslContact: e.target.value })} hint="For example: Mr Patel, via the school office, 01234 567891" />
          </section>
          <section className="form-section" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">Small numbers</h2>
            <Field
              label="Hide counts below"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={thresholdText}
              onChange={(e) => {
                setThresholdText(e.target.value);
                setStatus('idle');
              }}
              error={errors['suppressionThreshold']}
              hint="Counts smaller than this are shown as “fewer than N” in every chart, table and export, so no pupil can be picked out. 5 is usual."
              className="field--narrow"
            />
          </section>
        </>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={status === 'saving'}>
          {status === 'saving' ? 'Saving…' : submitLabel}
        </button>
        <p role="status" className="form-actions__status">
          {status === 'saved' ? 'Saved.' : status === 'failed' ? 'Upstream could not save your settings. Try again.' : ''}
        </p>
      </div>
    </form>
  );
}
