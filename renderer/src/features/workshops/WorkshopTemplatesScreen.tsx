import { Link } from 'react-router-dom';
import { yearGroupsSummary } from '@shared/domain';
import { PageHeader } from '../../ui/PageHeader';
import { THEME_LABELS } from '../campaigns/labels';
import { WORKSHOP_AUDIENCE_LABELS } from './labels';
import { BUILT_IN_WORKSHOP_TEMPLATES } from './templates';
import './workshops.css';

/** Ready-made plans with original wording; choosing one opens a new plan to date and save. */
export function WorkshopTemplatesScreen() {
  return (
    <>
      <PageHeader title="Start a workshop from a template">Ready-made agendas with timings, facilitator notes, materials and key messages. Choose one, set the date, and make it yours.</PageHeader>
      <ul className="template-list">
        {BUILT_IN_WORKSHOP_TEMPLATES.map((entry) =>
          'template' in entry ? (
            <li key={entry.key} className="card">
              <h2>{entry.template.title}</h2>
              <p className="week-list__meta">
                {WORKSHOP_AUDIENCE_LABELS[entry.template.audience]} · {THEME_LABELS[entry.template.theme]} · {entry.template.slotMinutes} minutes · {entry.template.agenda.length} sections
                {entry.template.yearGroups.length > 0 ? ` · ${yearGroupsSummary(entry.template.yearGroups)}` : ''}
              </p>
              <p>{entry.template.summary}</p>
              <Link className="button button--primary" to={`/workshops/new?template=${entry.key}`} aria-label={`Use the template ${entry.template.title}`}>
                Use this template
              </Link>
            </li>
          ) : (
            <li key={entry.key} className="card">
              <h2>{entry.fileName}</h2>
              <p className="field__error" role="alert">
                {entry.error}
              </p>
            </li>
          ),
        )}
      </ul>
      <p className="workshop-templates__back">
        <Link to="/workshops">Back to workshops</Link>
      </p>
    </>
  );
}
