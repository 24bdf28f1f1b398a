import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { SchoolSettings } from '@shared/domain';
import { checkHandoutLink } from '@shared/handout-link';
import { useDatabase } from '../../db/DatabaseContext';
import { FieldError } from '../../ui/Field';
import { readLogoFile, saveDocumentSetting } from './logo';

/**
 * The parent handout's extras in Settings: a picture printed beside its opening, and the web page
 * (the school's sleep page, say) its QR code opens. Both optional; each saved on its own.
 */
export function HandoutExtrasSettings({ settings, decodes }: { settings: SchoolSettings; decodes: (src: string) => Promise<boolean> }) {
  const db = useDatabase();
  const id = useId();
  const pictureInput = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState(settings.handoutLink ?? '');
  const [linkError, setLinkError] = useState<string | undefined>();
  const [pictureError, setPictureError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => setLink(settings.handoutLink ?? ''), [settings.handoutLink]);

  const saveLink = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const check = checkHandoutLink(link);
    if (!check.ok) {
      setLinkError(check.message);
      return;
    }
    setLinkError(undefined);
    try {
      await saveDocumentSetting(db, 'handoutLink', check.url);
      setStatus(check.url ? 'Link saved. Parent handouts carry a QR code to it.' : 'Link removed. Handouts have no QR code.');
    } catch (e) {
      setLinkError(e instanceof Error ? e.message : 'Upstream could not save the link. Try again.');
    }
  };

  const choosePicture = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPictureError(undefined);
    setStatus('');
    const result = await readLogoFile(file, decodes);
    if (!result.ok) {
      setPictureError(result.message.replace(/logo/g, 'picture'));
      return;
    }
    try {
      await saveDocumentSetting(db, 'handoutPictureDataUrl', result.dataUrl);
      setStatus('Picture saved. It appears on parent handouts.');
    } catch (e) {
      setPictureError(e instanceof Error ? e.message : 'Upstream could not save the picture. Try again.');
    }
  };

  const removePicture = async () => {
    await saveDocumentSetting(db, 'handoutPictureDataUrl', undefined);
    setStatus('Picture removed.');
    pictureInput.current?.focus();
  };

  return (
    <div className="handout-extras">
      <h3>Parent handouts</h3>
      <form className={`field${linkError ? ' field--invalid' : ''}`} onSubmit={saveLink} noValidate>
        <label htmlFor={`${id}-link`}>Web page for the handout’s QR code</label>
        <p className="field__hint" id={`${id}-link-hint`}>
          For example your school’s sleep page. Leave empty for no QR code.
        </p>
        <div className="handout-extras__row">
          <input id={`${id}-link`} type="text" inputMode="url" autoComplete="url" spellCheck={false} value={link} onChange={(e) => setLink(e.target.value)} aria-invalid={linkError ? true : undefined} aria-describedby={linkError ? `${id}-link-hint ${id}-link-error` : `${id}-link-hint`} />
          <button type="submit" className="button button--secondary">
            Save link
          </button>
        </div>
        {linkError ? (
          <div role="alert">
            <FieldError id={`${id}-link-error`} message={linkError} />
          </div>
        ) : null}
      </form>
      {settings.handoutPictureDataUrl ? (
        <div className="logo-settings__preview">
          <img src={settings.handoutPictureDataUrl} alt="Current picture for parent handouts" />
          <button type="button" className="button button--secondary" onClick={removePicture}>
            Remove picture
          </button>
        </div>
      ) : null}
      <div className={`field${pictureError ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-picture`}>{settings.handoutPictureDataUrl ? 'Replace the handout picture' : 'Add a picture to handouts'}</label>
        <p className="field__hint" id={`${id}-picture-hint`}>
          Optional. A PNG, JPEG or SVG image of 500 KB or less.
        </p>
        <input ref={pictureInput} id={`${id}-picture`} type="file" accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml" onChange={choosePicture} aria-invalid={pictureError ? true : undefined} aria-describedby={pictureError ? `${id}-picture-hint ${id}-picture-error` : `${id}-picture-hint`} />
        {pictureError ? (
          <div role="alert">
            <FieldError id={`${id}-picture-error`} message={pictureError} />
          </div>
        ) : null}
      </div>
      <p role="status" className="form-actions__status">
        {status}
      </p>
    </div>
  );
}
