/** Create or edit an indicator: a named measure from a drop-in topic or a survey question. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { DEFAULT_SUPPRESSION_THRESHOLD, yearGroupLabel, type YearGroup } from '@shared/domain';
import { indicatorByTerm, indicatorValueText, suggestIndicatorName, type IndicatorSource } from '@shared/indicators';
import { topicsOf } from '@shared/tally-import';
import { useDatabase } from '../../db/DatabaseContext';
import type { Indicator } from '../../db/records';
import { Field, SelectField } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { saveIndicator, TrendsValidationError, useTrendsData } from './queries';
import { TrendsNav } from './TrendsNav';
import './trends.css';

export function IndicatorEditorScreen() {
  const { indicatorId } = useParams();
  const db = useDatabase();
  const existing = useLiveQuery(async () => (indicatorId ? ((await db.indicators.get(indicatorId)) ?? null) : null), [db, indicatorId]);
  if (indicatorId && existing === undefined) return <p role="status">Loading…</p>;
  if (indicatorId && existing === null) return <p>That indicator no longer exists.</p>;
  return <IndicatorEditor key={indicatorId ?? 'new'} existing={existing ?? undefined} />;
}

function IndicatorEditor({ existing }: { existing?: Indicator }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const [params] = useSearchParams();
  const settings = useSchoolSettings();
  const data = useTrendsData();
  const threshold = settings?.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const questions = useMemo(() => {
    const texts = new Map<string, string[]>();
    for (const w of data?.waves ?? []) for (const q of w.questions) texts.set(q.text, q.concernAnswers);
    return texts;
  }, [data]);
  const topics = useMemo(() => {
    const set = new Set(topicsOf(settings));
    for (const s of data?.sessions ?? []) for (const c of s.counts) set.add(c.topic);
    return [...set];
  }, [settings, data]);

  const initialSource = (): IndicatorSource => {
    if (existing) return existing.source;
    const question = params.get('question');
    if (question) return { kind: 'survey-question', questionText: question };
    return { kind: 'check-in-topic', topic: params.get('topic') ?? 'sleep' };
  };
  const [source, setSource] = useState<IndicatorSource>(initialSource);
  const [name, setName] = useState(existing?.name ?? '');
  const [nameEdited, setNameEdited] = useState(Boolean(existing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const unsaved = useEditorDraft(`indicator:${existing?.id ?? 'new'}`, { source, name, nameEdited }, (restored) => {
    setSource(restored.source);
    setName(restored.name);
    setNameEdited(restored.nameEdited);
  });
  const suggested = suggestIndicatorName(source, source.kind === 'survey-question' ? (questions.get(source.questionText) ?? []) : []);
  const shownName = nameEdited ? name : suggested;
  const preview = data ? indicatorByTerm(source, data, threshold) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveIndicator(db, { name: shownName, source }, existing?.id);
      unsaved.markSaved();
      toasts.show({ message: `Saved the indicator “${shownName}”.` });
      navigate('/trends/indicators');
    } catch (error) {
      setErrors(error instanceof TrendsValidationError ? error.errors : { form: error instanceof Error ? error.message : 'Upstream could not save the indicator.' });
    }
  };

  const title = existing ? `Edit ${existing.name}` : 'New indicator';
  const questionOptions = [...questions.keys()];
  return (
    <>
      <PageHeader title={title}>A measure a campaign can aim to move, from drop-in topics or a survey question.</PageHeader>
      <TrendsNav />
      <EditorDraftControls draft={unsaved} what="indicator" />
      <form className="settings-form" onSubmit={submit} noValidate aria-label={title}>
        {Object.keys(errors).length > 0 ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="indicator-source-heading">
          <h2 id="indicator-source-heading">What it measures</h2>
          <SelectField
            label="Measure from"
            value={source.kind}
            options={[
              { value: 'check-in-topic', label: 'Drop-in visits about a topic (per teaching week)' },
              { value: 'survey-question', label: 'A survey question (% giving an answer of concern)' },
            ]}
            onChange={(kind) => setSource(kind === 'check-in-topic' ? { kind, topic: topics[0] ?? 'sleep' } : { kind, questionText: questionOptions[0] ?? '' })}
          />
          {source.kind === 'check-in-topic' ? (
            <SelectField label="Topic" value={source.topic} options={topics.map((t) => ({ value: t, label: t }))} onChange={(topic) => setSource({ kind: 'check-in-topic', topic })} error={errors['topic']} />
          ) : questionOptions.length === 0 ? (
            <p className="warning">
              No survey questions yet. <Link to="/trends/surveys/import">Import a survey</Link> first.
            </p>
          ) : (
            <div className="form-grid">
              <SelectField
                label="Survey question"
                value={source.questionText}
                options={[...(questionOptions.includes(source.questionText) ? [] : [{ value: source.questionText, label: source.questionText || 'Choose a question' }]), ...questionOptions.map((q) => ({ value: q, label: q }))]}
                onChange={(questionText) => setSource({ ...source, questionText })}
                error={errors['question']}
              />
              <SelectField
                label="Pupils"
                value={source.yearGroup ?? ''}
                options={[{ value: '', label: 'All pupils' }, ...(settings?.yearGroups ?? []).map((g) => ({ value: g, label: yearGroupLabel(g) }))]}
                onChange={(g) => setSource({ kind: 'survey-question', questionText: source.questionText, ...(g ? { yearGroup: g as YearGroup } : {}) })}
              />
            </div>
          )}
          {source.kind === 'survey-question' && questions.get(source.questionText) ? <p className="field__hint">Answers of concern: {questions.get(source.questionText)!.join(', ')} (as chosen when the survey was imported).</p> : null}
          <Field
            label="Name"
            value={shownName}
            onChange={(e) => {
              setNameEdited(true);
              setName(e.target.value);
            }}
            error={errors['name']}
            hint="How it reads on charts and in the governors’ report."
          />
        </section>
        <section className="form-section" aria-labelledby="indicator-preview-heading">
          <h2 id="indicator-preview-heading">So far</h2>
          {preview.length === 0 ? (
            <p>No data yet for this measure.</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Values by term</caption>
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col">Value</th>
                  <th scope="col">Based on</th>
                </tr>
              </thead>
              <tbody>
                {preview.map((v) => (
                  <tr key={v.label}>
                    <th scope="row">{v.label}</th>
                    <td>{indicatorValueText(v.cell)}</td>
                    <td>{v.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {existing ? 'Save indicator' : 'Create indicator'}
          </button>
          <Link className="button button--secondary" to="/trends/indicators">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
