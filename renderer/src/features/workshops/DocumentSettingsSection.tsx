import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { FieldError } from '../../ui/Field';
import { useSchoolSettings } from '../settings/queries';
import { HandoutExtrasSettings } from './HandoutExtrasSettings';
import { imageDecodes, readLogoFile, saveSchoolLogo } from './logo';
import './workshops.css';

/**
 * Exported documents' part of Settings: the school logo printed on handouts, facilitator plans,
 * slides and one-pagers. PNG, JPEG or SVG up to 500 KB, kept in the settings as a data: URL.
 */
export function DocumentSettingsSection({ decodes = imageDecodes }: { decodes?: (src: string) => Promise<boolean> }) {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [brokenPreview, setBrokenPreview] = useState<string | null>(null);
  if (!settings) return null;
  const logo = settings.logoDataUrl;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setStatus('');
    setBusy(true);
    try {
      const result = await readLogoFile(file, decodes);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      await saveSchoolLogo(db, result.dataUrl);
      setBrokenPreview(null);
      setStatus('Logo saved. It will appear on the documents you export.');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Upstream could not save the logo. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setError(undefined);
    try {
      await saveSchoolLogo(db, undefined);
      setBrokenPreview(null);
      setStatus('Logo removed. Documents show your school’s name only.');
      input.current?.focus();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Upstream could not remove the logo. Try again.');
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <section className="form-section logo-settings" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Exported documents</h2>
      <p className="form-section__lede">Your school’s logo appears beside its name on parent handouts, facilitator plans, slides and one-pagers.</p>
      {logo ? (
        <div className="logo-settings__preview">
          {brokenPreview === logo ? (
            <p className="warning">The saved logo cannot be shown: the image may be damaged. Documents leave it out. Upload it again, or remove it.</p>
          ) : (
            <img src={logo} alt={`Current logo of ${settings.name}`} onError={() => setBrokenPreview(logo)} />
          )}
          <button type="button" className="button button--secondary" onClick={remove}>
            Remove logo
          </button>
        </div>
      ) : (
        <p>No logo yet: documents show your school’s name only.</p>
      )}
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={id}>{logo ? 'Replace the logo' : 'Upload a logo'}</label>
        <p className="field__hint" id={hintId}>
          A PNG, JPEG or SVG image of 500 KB or less.
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
          onChange={choose}
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        />
        {error ? (
          <div role="alert">
            <FieldError id={errorId} message={error} />
          </div>
        ) : null}
      </div>
      <p role="status" className="form-actions__status">
        {busy ? 'Reading the logo…' : status}
      </p>
      <HandoutExtrasSettings settings={settings} decodes={decodes} />
    </section>
  );
}
