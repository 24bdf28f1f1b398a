import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AUDIENCES, fillPlaceholders, RESOURCE_KINDS, THEMES } from '@shared/builtin-resources';
import { YEAR_GROUPS, yearGroupLabel } from '@shared/domain';
import { markdownProblems, withoutRepeatedTitle } from '@shared/markdown-safety';
import { hasErrors, type FieldErrors } from '@shared/school-settings';
import { normaliseResourceDraft, parseTags, validateResourceDraft, type ResourceDraft } from '@shared/resource-validation';
import { useDatabase } from '../../db/DatabaseContext';
import type { Resource } from '../../db/records';
import { CheckboxGroup, Field, FieldError, SelectField, focusFirstInvalid } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { AUDIENCE_LABELS, KIND_LABELS, THEME_LABELS } from './labels';
import { draftOf, placeholderValues, ResourceValidationError, saveOwnResource, useResource } from './queries';
import { SafeMarkdown } from '../../ui/SafeMarkdown';
import './resources.css';

const EMPTY: ResourceDraft = { title: '', kind: 'tip-sheet', themes: [], audiences: [], yearGroups: [], tags: [], sources: [], bodyMarkdown: '' };

export function ResourceEditorScreen() {
  const { resourceId } = useParams();
  const resource = useResource(resourceId);
  if (resourceId && resource === undefined) return <p role="status">Loading…</p>;
  if (resourceId && !resource) {
    return (
      <>
        <PageHeader title="Resource not found">It may have been removed.</PageHeader>
        <Link to="/resources">Back to resources</Link>
      </>
    );
  }
  if (resource?.builtInId) {
    return (
      <>
        <PageHeader title={`${resource.title} is built in`}>Built-in resources are read-only, so everyone keeps the checked, sourced version.</PageHeader>
        <p>
          Open <Link to={`/resources/${resource.id}`}>{resource.title}</Link> and choose “Make my copy” to get a version you can edit.
        </p>
      </>
    );
  }
  return <ResourceEditor key={resource?.id ?? 'new'} existing={resource ?? undefined} />;
}

interface SourceRow {
  key: string;
  title: string;
  url: string;
}

function ResourceEditor({ existing }: { existing?: Resource }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const start = existing ? draftOf(existing) : EMPTY;
  const [draft, setDraft] = useState<Omit<ResourceDraft, 'tags' | 'sources'>>(start);
  const [tagsText, setTagsText] = useState(start.tags.join(', '));
  const [sources, setSources] = useState<SourceRow[]>(() => start.sources.map((s) => ({ key: crypto.randomUUID(), title: s.title, url: s.url ?? '' })));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // Source rows' keys are for React only: the draft keeps what the lead typed.
  const unsaved = useEditorDraft(`resource:${existing?.id ?? 'new'}`, { draft, tagsText, sources: sources.map(({ title, url }) => ({ title, url })) }, (restored) => {
    setDraft(restored.draft);
    setTagsText(restored.tagsText);
    setSources(restored.sources.map((s) => ({ ...s, key: crypto.randomUUID() })));
  });
  const update = (patch: Partial<ResourceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bodyId = useId();

  const candidate: ResourceDraft = { ...draft, tags: parseTags(tagsText), sources: sources.map((s) => ({ title: s.title, url: s.url.trim() || undefined })) };
  const deferredBody = useDeferredValue(draft.bodyMarkdown);
  const deferredTitle = useDeferredValue(draft.title);
  const problems = useMemo(() => markdownProblems(deferredBody), [deferredBody]);
  const preview = useMemo(() => fillPlaceholders(withoutRepeatedTitle(deferredBody, deferredTitle), placeholderValues(settings)), [deferredBody, deferredTitle, settings]);
  const yearOptions = YEAR_GROUPS.filter((g) => (settings?.yearGroups ?? YEAR_GROUPS).includes(g) || draft.yearGroups.includes(g));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateResourceDraft(normaliseResourceDraft(candidate));
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const id = await saveOwnResource(db, candidate, existing?.id);
      unsaved.markSaved();
      toasts.show({ message: `Saved “${normaliseResourceDraft(candidate).title}”.` });
      navigate(`/resources/${id}`);
    } catch (error) {
      setErrors(error instanceof ResourceValidationError ? error.errors : { form: error instanceof Error ? error.message : 'Upstream could not save the resource.' });
    } finally {
      setSaving(false);
    }
  };

  const title = existing ? `Edit: ${existing.title}` : 'New resource';
  return (
    <>
      <PageHeader title={title}>
        {existing ? (
          <>
            Changes are saved to your own resource. <Link to={`/resources/${existing.id}`}>Back to the resource</Link>
          </>
        ) : (
          'Write a tip sheet, letter or handout of your own. It stays on this computer until you export it.'
        )}
      </PageHeader>
      <EditorDraftControls draft={unsaved} what="resource" />
      <form className="settings-form resource-editor" onSubmit={submit} noValidate aria-label={title}>
        {hasErrors(errors) ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="resource-what">
          <h2 id="resource-what">What it is</h2>
          <Field label="Title" value={draft.title} onChange={(e) => update({ title: e.target.value })} error={errors['title']} maxLength={200} />
          <SelectField label="Type" value={draft.kind} options={RESOURCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} onChange={(kind) => update({ kind })} error={errors['kind']} />
          <CheckboxGroup legend="Themes" options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))} value={draft.themes} onChange={(themes) => update({ themes })} error={errors['themes']} />
          <CheckboxGroup legend="For" options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))} value={draft.audiences} onChange={(audiences) => update({ audiences })} error={errors['audiences']} />
          <CheckboxGroup legend="Year groups (leave all unticked if it suits every year)" options={yearOptions.map((g) => ({ value: g, label: yearGroupLabel(g) }))} value={draft.yearGroups} onChange={(yearGroups) => update({ yearGroups })} error={errors['yearGroups']} />
          <Field label="Tags" value={tagsText} onChange={(e) => setTagsText(e.target.value)} error={errors['tags']} hint="Words that help you find it, separated by commas, such as “bedtime, screens”." />
        </section>

        <section className="form-section" aria-labelledby="resource-text">
          <h2 id="resource-text">Text</h2>
          <div className="resource-editor__panes">
            <div className={`field${errors['bodyMarkdown'] ? ' field--invalid' : ''}`}>
              <label htmlFor={bodyId}>Text (markdown)</label>
              <p className="field__hint" id={`${bodyId}-hint`}>
                # Heading, **bold**, - bullet, [link text](https://…). Links must start with https://. Pictures and HTML are not kept. {'{{school.name}}'}, {'{{school.mhstContact}}'} and {'{{school.dslContact}}'} are
                filled from Settings.
              </p>
              <textarea
                id={bodyId}
                className="resource-editor__body"
                rows={22}
                value={draft.bodyMarkdown}
                spellCheck
                onChange={(e) => update({ bodyMarkdown: e.target.value })}
                aria-invalid={errors['bodyMarkdown'] ? true : undefined}
                aria-describedby={[`${bodyId}-hint`, errors['bodyMarkdown'] ? `${bodyId}-error` : '', problems.length > 0 ? `${bodyId}-problems` : ''].filter(Boolean).join(' ')}
              />
              <FieldError id={`${bodyId}-error`} message={errors['bodyMarkdown']} />
              <div aria-live="polite">
                {problems.length > 0 ? (
                  <div className="resource-editor__problems" id={`${bodyId}-problems`}>
                    <p>Upstream will not save these parts of the text:</p>
                    <ul>
                      {problems.slice(0, 8).map((p, i) => (
                        <li key={i}>
                          Line {p.line}: {p.message}.
                        </li>
                      ))}
                    </ul>
                    {problems.length > 8 ? <p>And {problems.length - 8} more.</p> : null}
                  </div>
                ) : null}
              </div>
            </div>
            <section className="resource-editor__preview" aria-labelledby={`${bodyId}-preview`} tabIndex={0}>
              <h3 id={`${bodyId}-preview`}>Preview</h3>
              {preview.trim() ? <SafeMarkdown markdown={preview} topLevel={4} /> : <p className="form-section__lede">The text appears here as readers will see it.</p>}
            </section>
          </div>
        </section>

        <section className="form-section" aria-labelledby="resource-sources-edit">
          <h2 id="resource-sources-edit">Sources</h2>
          <p className="form-section__lede">Where the facts come from, so colleagues and parents can check them.</p>
          {sources.map((source, index) => (
            <fieldset key={source.key} className="resource-editor__source">
              <legend>Source {index + 1}</legend>
              <Field label="Source title" value={source.title} onChange={(e) => setSources((all) => all.map((s) => (s.key === source.key ? { ...s, title: e.target.value } : s)))} error={errors[`sources.${index}.title`]} />
              <Field label="Web address (optional)" value={source.url} inputMode="url" placeholder="https://" onChange={(e) => setSources((all) => all.map((s) => (s.key === source.key ? { ...s, url: e.target.value } : s)))} error={errors[`sources.${index}.url`]} />
              <button type="button" className="button button--quiet button--small" onClick={() => setSources((all) => all.filter((s) => s.key !== source.key))}>
                Remove source {index + 1}
              </button>
            </fieldset>
          ))}
          <FieldError message={errors['sources']} />
          <div>
            <button type="button" className="button button--secondary button--small" onClick={() => setSources((all) => [...all, { key: crypto.randomUUID(), title: '', url: '' }])}>
              Add a source
            </button>
          </div>
        </section>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {existing ? 'Save changes' : 'Save resource'}
          </button>
          <Link className="button button--secondary" to={existing ? `/resources/${existing.id}` : '/resources'}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
