import { useState, type ChangeEvent } from 'react';
import { toIsoDate } from '@shared/calendar';
import type { CampaignTemplate } from '@shared/campaign-templates';
import { FileFormatError } from '@shared/file-format';
import { documentFileName } from '@shared/print';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/Toasts';
import { describeError } from './errors';
import { deleteOwnTemplate, importTemplateFile, restoreOwnTemplate } from './templates';

/** Download or delete one of the lead's own templates (with Undo). */
export function OwnTemplateActions({ id, title, template }: { id: string; title: string; template?: CampaignTemplate }) {
  const db = useDatabase();
  const toasts = useToasts();
  const [error, setError] = useState('');
  const remove = async () => {
    setError('');
    try {
      const deleted = await deleteOwnTemplate(db, id);
      if (!deleted) return;
      toasts.show({
        message: `Deleted your template “${title}”.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await restoreOwnTemplate(db, deleted);
            } catch (e) {
              toasts.show({ message: describeError(e, `Upstream could not bring back “${title}”.`) }, 15_000);
            }
          },
        },
      });
    } catch (e) {
      setError(describeError(e, `Upstream could not delete “${title}”.`));
    }
  };
  const download = async () => {
    setError('');
    try {
      const result = await platform.saveFile({
        suggestedName: documentFileName(toIsoDate(new Date()), title, 'template', 'json'),
        data: `${JSON.stringify(template, null, 2)}\n`,
        mimeType: 'application/json',
        filters: [{ name: 'Campaign template', extensions: ['json'] }],
      });
      if (result.status === 'failed') setError(result.message);
    } catch (e) {
      setError(describeError(e, 'Upstream could not save the template file.'));
    }
  };
  return (
    <>
      {template ? (
        <button type="button" className="button button--secondary" onClick={download} aria-label={`Save the template ${title} as a file`}>
          Save as a file
        </button>
      ) : null}
      <button type="button" className="button button--quiet" onClick={remove} aria-label={`Delete the template ${title}`}>
        Delete
      </button>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Reads a template file another school shared (or the lead saved); a damaged one is refused with a reason and nothing is saved. */
export function ImportTemplate() {
  const db = useDatabase();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    try {
      const saved = await importTemplateFile(db, file);
      setMessage({ tone: 'ok', text: `${saved.replaced ? 'Replaced your template' : 'Added your template'} “${saved.title}”.` });
    } catch (e) {
      setMessage({ tone: 'error', text: e instanceof FileFormatError ? `“${file.name}” was not imported. ${e.message}` : describeError(e, `Upstream could not import “${file.name}”.`) });
    } finally {
      input.value = '';
    }
  };
  return (
    <section className="form-section template-import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a template file</h2>
      <p className="form-section__lede">A campaign template (.json) saved from Upstream, perhaps by another school. Upstream checks it before adding it to your templates.</p>
      <Field label="Template file" type="file" accept=".json,application/json" onChange={choose} />
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'notice notice--error' : 'form-actions__status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
