/**
 * The tally screen: record a drop-in or group session during a busy morning. Big + and − buttons
 * for touch; each count is also a number field, so Tab, the arrow keys and typed digits all work.
 * Counts only, never names. One write on save; Undo in the confirmation.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatDateLong, toIsoDate } from '@shared/calendar';
import { yearGroupLabel, type SchoolSettings, type YearGroup } from '@shared/domain';
import { MAX_COUNT, SESSION_TYPES, topicsOf, type SessionType, type TallyCount } from '@shared/tally-import';
import { useDatabase } from '../../db/DatabaseContext';
import type { CheckInSession } from '../../db/records';
import { Field, SelectField } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { deleteCheckIn, restoreCheckIn, saveCheckIn, TrendsValidationError, useCheckIn } from './queries';
import { capitalise } from './chart-models';
import './trends.css';

export function CheckInEditorScreen() {
  const { sessionId } = useParams();
  const existing = useCheckIn(sessionId);
  const settings = useSchoolSettings();
  if ((sessionId && existing === undefined) || settings === undefined) return <p role="status">Loading…</p>;
  if (sessionId && existing === null) {
    return (
      <>
        <PageHeader title="Session not found">It may have been deleted.</PageHeader>
        <Link to="/trends/check-ins">Back to drop-in sessions</Link>
      </>
    );
  }
  return <CheckInEditor key={sessionId ?? 'new'} existing={existing ?? undefined} settings={settings} />;
}

const NOT_KNOWN = '';
const keyOf = (topic: string, group: YearGroup | '') => `${topic}\u0000${group}`;

export function CheckInEditor({ existing, settings, today = new Date() }: { existing?: CheckInSession; settings: SchoolSettings | null; today?: Date }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const topics = useMemo(() => {
    const list = topicsOf(settings);
    // A session saved with a topic since removed from the list still shows it, so nothing is lost on edit.
    for (const c of existing?.counts ?? []) if (!list.includes(c.topic)) list.push(c.topic);
    return list;
  }, [settings, existing]);
  const groups = settings?.yearGroups ?? [];
  const [date, setDate] = useState(existing?.date ?? toIsoDate(today));
  const [sessionType, setSessionType] = useState<SessionType>((existing?.sessionType as SessionType) ?? 'bistro-drop-in');
  const [counts, setCounts] = useState<Map<string, number>>(() => new Map((existing?.counts ?? []).map((c) => [keyOf(c.topic, c.yearGroup ?? NOT_KNOWN), c.count])));
  const hasYearCounts = [...counts.entries()].some(([key, n]) => n > 0 && !key.endsWith('\u0000'));
  const [byYear, setByYear] = useState(hasYearCounts);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const unsaved = useEditorDraft(`drop-in:${existing?.id ?? 'new'}`, { date, sessionType, counts: [...counts.entries()].filter(([, n]) => n > 0), byYear }, (restored) => {
    setDate(restored.date);
    setSessionType(restored.sessionType);
    setCounts(new Map(restored.counts));
    setByYear(restored.byYear);
  });

  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const set = (topic: string, group: YearGroup | '', value: number) =>
    setCounts((all) => {
      const next = new Map(all);
      next.set(keyOf(topic, group), Math.max(0, Math.min(MAX_COUNT, value)));
      return next;
    });
  const get = (topic: string, group: YearGroup | '') => counts.get(keyOf(topic, group)) ?? 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: TallyCount[] = [...counts.entries()].map(([key, count]) => {
      const [topic, group] = key.split('\u0000') as [string, string];
      return { topic, count, ...(group ? { yearGroup: group as YearGroup } : {}) };
    });
    setSaving(true);
    setErrors({});
    try {
      const { id, previous } = await saveCheckIn(db, { date, sessionType, counts: list }, existing?.id);
      unsaved.markSaved();
      toasts.show({
        message: `${previous ? 'Changes saved' : 'Session saved'}: ${formatDateLong(date)}, ${total} visit${total === 1 ? '' : 's'}.`,
        action: {
          label: 'Undo',
          run: async () => {
            if (previous) await restoreCheckIn(db, previous);
            else await deleteCheckIn(db, id);
          },
        },
      });
      navigate('/trends/check-ins');
    } catch (error) {
      setErrors(error instanceof TrendsValidationError ? error.errors : { form: error instanceof Error ? error.message : 'Upstream could not save the session.' });
      setSaving(false);
    }
  };

  const title = existing ? `Edit the session on ${formatDateLong(existing.date)}` : 'Record a drop-in';
  return (
    <>
      <PageHeader title={title}>Tap + for each pupil who raises a topic, or type the number. On a keyboard, Tab to a topic and press + or the up arrow. Counts only: never write names here.</PageHeader>
      <EditorDraftControls draft={unsaved} what="drop-in session" />
      <form className="settings-form" onSubmit={submit} noValidate aria-label={title}>
        {Object.keys(errors).length > 0 ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? errors['counts'] ?? errors['date'] ?? errors['sessionType']} Nothing has been saved yet.
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="session-heading">
          <h2 id="session-heading">Session</h2>
          <div className="form-grid">
            <Field label="Date" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errors['date']} />
            <SelectField label="Session type" value={sessionType} options={Object.entries(SESSION_TYPES).map(([value, label]) => ({ value: value as SessionType, label }))} onChange={setSessionType} />
          </div>
          {groups.length > 0 ? (
            <label className="checkbox">
              <input type="checkbox" checked={byYear} disabled={byYear && hasYearCounts} aria-describedby={byYear && hasYearCounts ? 'by-year-hint' : undefined} onChange={(e) => setByYear(e.target.checked)} />
              Count by year group
            </label>
          ) : null}
          {byYear && hasYearCounts ? (
            <p className="field__hint" id="by-year-hint">
              Set the year-group counts to 0 to go back to counting without year groups.
            </p>
          ) : null}
        </section>
        <section className="form-section" aria-labelledby="topics-heading">
          <h2 id="topics-heading">Topics raised</h2>
          <p className="tally-total">
            {total} visit{total === 1 ? '' : 's'} so far
          </p>
          {byYear ? (
            <div className="tally-years">
              <table>
                <caption className="visually-hidden">Visits by topic and year group</caption>
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    {groups.map((g) => (
                      <th key={g} scope="col">
                        {yearGroupLabel(g)}
                      </th>
                    ))}
                    <th scope="col">Year not known</th>
                  </tr>
                </thead>
                <tbody>
                  {topics.map((topic) => (
                    <tr key={topic}>
                      <th scope="row">{capitalise(topic)}</th>
                      {[...groups, '' as const].map((g) => (
                        <td key={g || 'unknown'}>
                          <TallyControls name={`${topic}, ${g ? yearGroupLabel(g) : 'year not known'}`} value={get(topic, g)} onChange={(v) => set(topic, g, v)} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <div className="tally-grid">
              {topics.map((topic) => (
                <TallyCounter key={topic} topic={topic} value={get(topic, NOT_KNOWN)} onChange={(v) => set(topic, NOT_KNOWN, v)} />
              ))}
            </div>
          )}
          <p className="field__hint">
            Change the list of topics in <Link to="/settings">Settings</Link>.
          </p>
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {existing ? 'Save changes' : 'Save session'}
          </button>
          <Link className="button button--secondary" to="/trends/check-ins">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** One topic's counter: its name, − and + buttons, and the count as a number field. */
export function TallyCounter({ topic, value, onChange }: { topic: string; value: number; onChange: (value: number) => void }) {
  const id = useId();
  return (
    <div className="tally" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="tally__label">
        {capitalise(topic)}
      </span>
      <TallyControls name={topic} value={value} onChange={onChange} />
    </div>
  );
}

function TallyControls({ name, value, onChange }: { name: string; value: number; onChange: (value: number) => void }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <div className="tally__controls">
      <button type="button" className="tally__button" aria-label={`Remove one ${name}`} aria-disabled={value === 0} onClick={() => value > 0 && onChange(value - 1)}>
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_COUNT}
        step={1}
        aria-label={name}
        value={text ?? String(value)}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          // The arrow keys step by one (as a spinbutton should), and + / − work like the buttons.
          const step = e.key === 'ArrowUp' || e.key === '+' ? 1 : e.key === 'ArrowDown' || e.key === '-' ? -1 : 0;
          if (step === 0) return;
          e.preventDefault();
          setText(null);
          onChange(Math.max(0, value + step));
        }}
        onChange={(e) => {
          const raw = e.target.value;
          setText(raw);
          if (/^\d+$/.test(raw)) onChange(Number(raw));
          else if (raw === '') onChange(0);
        }}
        onBlur={() => setText(null)}
      />
      <button type="button" className="tally__button tally__button--add" aria-label={`Add one ${name}`} onClick={() => onChange(value + 1)}>
        +
      </button>
    </div>
  );
}
