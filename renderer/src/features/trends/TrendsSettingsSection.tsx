/** Trends' part of Settings: the school's own drop-in topics, in the order the tally screen shows them. */
import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_CHECK_IN_TOPICS, MAX_TOPICS, topicsOf } from '@shared/tally-import';
import { useDatabase } from '../../db/DatabaseContext';
import { Field, FieldError } from '../../ui/Field';
import { useSchoolSettings } from '../settings/queries';
import { TrendsValidationError } from './errors';
import { saveTopics } from './topics';
import './trends.css';

export function TrendsSettingsSection() {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const [topics, setTopics] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (settings && topics === null) setTopics(topicsOf(settings));
  }, [settings, topics]);

  if (!settings || topics === null) return null;

  const update = (i: number, value: string) => {
    setStatus('');
    setTopics(topics.map((t, j) => (j === i ? value : t)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    try {
      const saved = await saveTopics(db, topics);
      setTopics(saved);
      setErrors({});
      setStatus('Topics saved.');
    } catch (error) {
      setErrors(error instanceof TrendsValidationError ? error.errors : { list: 'Upstream could not save the topics.' });
    }
  };

  return (
    <form className="form-section" aria-labelledby="topics-settings-heading" onSubmit={submit} noValidate>
      <h2 id="topics-settings-heading">Drop-in topics</h2>
      <p className="form-section__lede">
        The topics pupils bring to drop-ins, in the order the tally screen shows them. Short labels only, never names. Renaming a topic does not change sessions already saved.
      </p>
      <ol className="topics-editor">
        {topics.map((topic, i) => (
          <li key={i}>
            <Field label={`Topic ${i + 1}`} value={topic} onChange={(e) => update(i, e.target.value)} error={errors[String(i)]} maxLength={60} />
            <button type="button" className="button button--quiet button--small" aria-label={`Remove ${topic || `topic ${i + 1}`}`} onClick={() => setTopics(topics.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <FieldError message={errors['list']} />
      <div className="actions-row">
        <button type="button" className="button button--secondary button--small" disabled={topics.length >= MAX_TOPICS} onClick={() => setTopics([...topics, ''])}>
          Add a topic
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setTopics([...DEFAULT_CHECK_IN_TOPICS])}>
          Use the default topics
        </button>
        <button type="submit" className="button button--primary">
          Save topics
        </button>
        <span role="status" className="form-actions__status">
          {status}
        </span>
      </div>
    </form>
  );
}
