/**
 * The lead's own commentary for the governors' report, written on the Trends screen and saved per
 * term (or year) with the school's settings, then printed on the report's first page. Words only:
 * anything that identifies a person (an email address, a pupil number, a postcode, a phone number)
 * is refused with a clear message and nothing is saved.
 */
import { useState } from 'react';
import { identifyingValue } from '@shared/privacy';
import type { SchoolSettings } from '@shared/domain';
import { useDatabase } from '../../db/DatabaseContext';
import { TextAreaField } from '../../ui/Field';

export const COMMENTARY_LIMIT = 4000;

/** "2026-autumn" or "2026-year". */
export function commentaryKey(academicYear: number, term: string | null): string {
  return `${academicYear}-${term ?? 'year'}`;
}

/** Why the text cannot be saved, or null. */
export function commentaryProblem(text: string): string | null {
  if (text.length > COMMENTARY_LIMIT) return `Keep the commentary under ${COMMENTARY_LIMIT.toLocaleString('en-GB')} characters (it has ${text.length.toLocaleString('en-GB')}).`;
  const kind = identifyingValue(text);
  return kind ? `The commentary looks as if it holds ${kind === 'UPN' ? 'a pupil number (UPN)' : kind === 'email' ? 'an email address' : `a ${kind}`}. Remove it: the report must not identify anyone.` : null;
}

export function ReportCommentary({ settings, academicYear, term, periodName }: { settings: SchoolSettings; academicYear: number; term: string | null; periodName: string }) {
  const db = useDatabase();
  const key = commentaryKey(academicYear, term);
  const saved = settings.reportCommentary?.[key] ?? '';
  const [draft, setDraft] = useState<{ key: string; text: string } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const text = draft?.key === key ? draft.text : saved;
  const save = async () => {
    const problem = commentaryProblem(text);
    setError(problem ?? undefined);
    if (problem) return;
    const current = await db.settings.get(settings.id);
    if (!current) return;
    const next = { ...(current.reportCommentary ?? {}) };
    if (text.trim() === '') delete next[key];
    else next[key] = text.trim();
    await db.settings.put({ ...current, reportCommentary: next, updatedAt: new Date().toISOString() });
    setDraft(null);
    setStatus(`Saved for the ${periodName}.`);
  };
  return (
    <section className="trends-section form-section" aria-labelledby="commentary-heading">
      <h2 id="commentary-heading">Your commentary for governors, {periodName}</h2>
      <TextAreaField
        label="Commentary"
        value={text}
        rows={4}
        error={error}
        hint="Printed on the first page of the governors’ report for this period, after the headline figures. Your reading of the numbers and what you plan next: no names, and no counts (the report gives those, with small numbers hidden)."
        onChange={(value) => {
          setDraft({ key, text: value });
          setStatus('');
        }}
      />
      <div className="actions-row">
        <button type="button" className="button button--secondary" onClick={() => void save()} disabled={text === saved}>
          Save commentary
        </button>
        <p role="status" className="field__hint">
          {status}
        </p>
      </div>
    </section>
  );
}
