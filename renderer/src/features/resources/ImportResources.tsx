import { useId, useState, type ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateLong } from '@shared/calendar';
import { FileFormatError } from '@shared/file-format';
import { SHARE_FILE_MAX_CHARS } from '@shared/resource-share';
import { useDatabase } from '../../db/DatabaseContext';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { KIND_LABELS } from './labels';
import { commitImport, prepareImport, type ImportPreview } from './queries';
import './resources.css';

type State = { step: 'choose' } | { step: 'reading' } | { step: 'refused'; message: string; problems: string[] } | { step: 'preview'; preview: ImportPreview } | { step: 'adding'; preview: ImportPreview };

/** Import resources another school exported: check everything, show what would be added, then add it all at once. */
export function ImportResources() {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [failure, setFailure] = useState<string | undefined>();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setFailure(undefined);
    if (!file) return;
    setState({ step: 'reading' });
    try {
      // Bytes are at least as many as characters, so this refuses an oversized file before reading it.
      if (file.size > SHARE_FILE_MAX_CHARS * 3) throw new FileFormatError(`This file is too large to be a resources file from Upstream (the limit is ${SHARE_FILE_MAX_CHARS / 1024 / 1024} MB).`);
      const text = await file.text();
      setState({ step: 'preview', preview: await prepareImport(db, text, file.name) });
    } catch (error) {
      if (error instanceof FileFormatError) setState({ step: 'refused', message: error.message, problems: error.problems });
      else setState({ step: 'refused', message: 'Upstream could not read this file. Nothing has been added.', problems: [] });
    }
  };

  const add = async (preview: ImportPreview) => {
    setState({ step: 'adding', preview });
    try {
      const count = await commitImport(db, preview);
      toasts.show({ message: count === 1 ? 'Added 1 resource to your library.' : `Added ${count} resources to your library.` });
      navigate('/resources');
    } catch (error) {
      setFailure(`Nothing was added: ${error instanceof Error ? error.message : 'the library could not be updated'}. Your library is as it was.`);
      setState({ step: 'preview', preview });
    }
  };

  const preview = state.step === 'preview' || state.step === 'adding' ? state.preview : undefined;
  return (
    <>
      <PageHeader title="Import resources">
        Add resources another school or your trust exported from Upstream. Everything is checked first, and resources you already have are skipped.
      </PageHeader>

      <section className="form-section resource-import" aria-labelledby="import-choose">
        <h2 id="import-choose">Choose a file</h2>
        <div className="field">
          <label htmlFor={inputId}>Resources file (.json)</label>
          <p className="field__hint" id={`${inputId}-hint`}>
            A file made with “Export selected” in the resource library.
          </p>
          <input id={inputId} type="file" accept=".json,application/json" aria-describedby={`${inputId}-hint`} onChange={choose} disabled={state.step === 'reading' || state.step === 'adding'} />
        </div>
        {state.step === 'reading' ? <p role="status">Checking the file…</p> : null}
        {state.step === 'refused' ? (
          <div className="notice notice--error" role="alert">
            <p>{state.message}</p>
            {state.problems.length > 1 ? (
              <ul>
                {state.problems.slice(0, 10).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </section>

      {preview ? (
        <section className="form-section" aria-labelledby="import-preview">
          <h2 id="import-preview">What will be added</h2>
          <p className="form-section__lede">
            From {preview.fileName}, exported on {formatDateLong(new Date(preview.exportedAt))} by Upstream {preview.appVersion}.
          </p>
          {failure ? (
            <p className="notice notice--error" role="alert">
              {failure}
            </p>
          ) : null}
          {preview.toAdd.length > 0 ? (
            <table className="data-table">
              <caption className="visually-hidden">Resources to add</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Type</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {preview.toAdd.map((r) => (
                  <tr key={r.contentHash}>
                    <td>{r.title}</td>
                    <td>{KIND_LABELS[r.kind]}</td>
                    <td>{r.sources.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Every resource in this file is already in your library, so there is nothing to add.</p>
          )}
          {preview.duplicates.length > 0 ? (
            <>
              <h3>Skipped because you already have them</h3>
              <ul className="plain-list">
                {preview.duplicates.map((d, i) => (
                  <li key={i}>
                    {d.title}: <span className="resource-use__context">{d.reason}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="actions-row">
            {preview.toAdd.length > 0 ? (
              <button type="button" className="button button--primary" onClick={() => add(preview)} disabled={state.step === 'adding'}>
                {state.step === 'adding' ? 'Adding…' : preview.toAdd.length === 1 ? 'Add 1 resource' : `Add ${preview.toAdd.length} resources`}
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={() => setState({ step: 'choose' })} disabled={state.step === 'adding'}>
              Cancel
            </button>
          </div>
        </section>
      ) : null}

      <p>
        <Link to="/resources">Back to resources</Link>
      </p>
    </>
  );
}
