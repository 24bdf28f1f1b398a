import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useDatabase } from '../../db/DatabaseContext';
import type { Contact, Partner, PartnerKind } from '../../db/records';
import { Field, SelectField, TextAreaField, focusFirstInvalid } from '../../ui/Field';
import { EditorDraftControls, useEditorDraft } from '../../ui/EditorDraft';
import { PageHeader } from '../../ui/PageHeader';
import { optionsOf } from '../campaigns/labels';
import { describeError } from '../campaigns/errors';
import { PARTNER_KIND_LABELS, PartnerValidationError, savePartner, validatePartner, type ContactDraft } from './queries';
import './partners.css';

export function PartnerEditorScreen() {
  const { partnerId } = useParams();
  const db = useDatabase();
  const data = useLiveQuery(async () => {
    if (!partnerId) return { partner: null, contacts: [] as Contact[] };
    return { partner: (await db.partners.get(partnerId)) ?? null, contacts: await db.contacts.where('partnerId').equals(partnerId).toArray() };
  }, [db, partnerId]);
  if (data === undefined) return <p role="status">Loading…</p>;
  if (partnerId && !data.partner) return <p>That partner no longer exists.</p>;
  return <PartnerEditor existing={data.partner ?? undefined} existingContacts={data.contacts} />;
}

function PartnerEditor({ existing, existingContacts }: { existing?: Partner; existingContacts: Contact[] }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<PartnerKind>(existing?.kind ?? 'mhst');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [contacts, setContacts] = useState<ContactDraft[]>(existingContacts);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const unsaved = useEditorDraft(`partner:${existing?.id ?? 'new'}`, { name, kind, notes, contacts }, (restored) => {
    setName(restored.name);
    setKind(restored.kind);
    setNotes(restored.notes);
    setContacts(restored.contacts);
  });

  const setContact = (index: number, patch: Partial<ContactDraft>) => setContacts((all) => all.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePartner(name, contacts);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      const id = await savePartner(db, { id: existing?.id, name, kind, notes }, contacts);
      unsaved.markSaved();
      navigate(`/partners/${id}`);
    } catch (error) {
      setErrors(error instanceof PartnerValidationError ? error.errors : { form: describeError(error, 'Upstream could not save the partner.') });
    }
  };

  const title = existing ? `Edit ${existing.name}` : 'Add a partner';
  return (
    <>
      <PageHeader title={title}>Work contact details only.</PageHeader>
      <EditorDraftControls draft={unsaved} what="partner" />
      <form className="settings-form" onSubmit={submit} noValidate aria-label={title}>
        {Object.keys(errors).length > 0 ? (
          <div className="notice notice--error" role="alert">
            {errors['form'] ?? 'Some fields need fixing. Nothing has been saved yet.'}
          </div>
        ) : null}
        <section className="form-section" aria-labelledby="org-heading">
          <h2 id="org-heading">Organisation</h2>
          <div className="form-grid">
            <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors['name']} hint="For example: Northside Mental Health Support Team" />
            <SelectField label="Kind" value={kind} options={optionsOf(PARTNER_KIND_LABELS)} onChange={setKind} />
          </div>
          <TextAreaField label="Notes" value={notes} onChange={setNotes} />
        </section>
        <section className="form-section" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">Contacts</h2>
          {contacts.map((contact, index) => (
            <fieldset key={contact.id ?? index} className="checkbox-group">
              <legend>Contact {index + 1}</legend>
              <div className="form-grid">
                <Field label="Contact name" value={contact.name} onChange={(e) => setContact(index, { name: e.target.value })} error={errors[`contacts.${index}.name`]} />
                <Field label="Role" value={contact.role ?? ''} onChange={(e) => setContact(index, { role: e.target.value })} />
                <Field label="Work email" type="email" value={contact.workEmail ?? ''} onChange={(e) => setContact(index, { workEmail: e.target.value })} error={errors[`contacts.${index}.workEmail`]} />
                <Field label="Work phone" type="tel" value={contact.workPhone ?? ''} onChange={(e) => setContact(index, { workPhone: e.target.value })} />
              </div>
              <button type="button" className="button button--quiet" onClick={() => setContacts((all) => all.filter((_, i) => i !== index))}>
                Remove contact {index + 1}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setContacts((all) => [...all, { name: '' }])}>
            Add a contact
          </button>
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Save partner
          </button>
          <Link className="button button--secondary" to={existing ? `/partners/${existing.id}` : '/partners'}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
