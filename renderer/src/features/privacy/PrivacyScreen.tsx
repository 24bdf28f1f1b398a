import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { zeroRule } from '@shared/disclosure';
import { useDatabase } from '../../db/DatabaseContext';
import { PageHeader } from '../../ui/PageHeader';
import { platform } from '../../platform';
import { deleteEverything } from '../backup/delete-everything';
import { useSchoolSettings } from '../settings/queries';

const CONFIRM_WORD = 'DELETE';

/** Plain English for the school's data protection officer, and the way to delete everything. */
export function PrivacyScreen() {
  const settings = useSchoolSettings();
  const threshold = settings?.suppressionThreshold ?? 5;
  return (
    <>
      <PageHeader title="Data and privacy">What Upstream keeps, where it keeps it, and what it never keeps. A starting point for your school’s data protection impact assessment (DPIA).</PageHeader>
      <div className="prose">
        <section className="form-section" aria-labelledby="stores-heading">
          <h2 id="stores-heading">What Upstream stores</h2>
          <ul>
            <li>Your school’s name, term dates, year groups and the wellbeing contacts you enter in Settings.</li>
            <li>Plans: campaigns, activities, workshop plans, and the partners you work with (organisations and work contact details only).</li>
            <li>Resources: the built-in library and the ones you write.</li>
            <li>
              Counts: how many pupils came to a drop-in about each topic, how many attended an activity, and survey results added up by question,
              answer and year group.
            </li>
            <li>A log of imports, exports and backups: when, what kind, how many records. Never their contents.</li>
            <li>Drafts of changes you have not saved yet in an editor, until you save or discard them. Drafts are never put in a backup.</li>
          </ul>
        </section>
        <section className="form-section" aria-labelledby="never-heading">
          <h2 id="never-heading">What Upstream never stores</h2>
          <ul>
            <li>A pupil’s identity: no names, email addresses, pupil numbers (UPNs), dates of birth, addresses or postcodes.</li>
            <li>
              Answers to open questions. When you import a survey, columns that identify people or hold free text are found and dropped before anything
              is saved, and the individual responses are never kept: only the totals.
            </li>
            <li>Safeguarding concerns or named disclosures. Those belong in your school’s safeguarding system (for example CPOMS or MyConcern).</li>
          </ul>
        </section>
        <section className="form-section" aria-labelledby="small-heading">
          <h2 id="small-heading">Small numbers are hidden</h2>
          <p>
            Upstream checks each screen of trends and each governors’ report as a whole, the way a determined reader with a calculator would: every number
            shown on it, in tables, charts, chart descriptions and sentences, is considered together. These are the rules, with your threshold of{' '}
            {threshold}. You can raise it in <Link to="/settings">Settings</Link>.
          </p>
          <ul>
            <li>
              <strong>Fewer than {threshold}.</strong> Any count below {threshold} reads “fewer than {threshold}”, never the number itself.
            </li>
            <li>
              <strong>Zero.</strong> {zeroRule(threshold)}
            </li>
            <li>
              <strong>Hidden.</strong> Where a small number could be worked out from the numbers around it (a total minus the other parts, a sentence
              quoting a count, an average times its weeks), Upstream hides another number too. That number reads “hidden”: it is {threshold} or more,
              and is hidden only to protect a smaller one. A total whose parts are all hidden reads “–”.
            </li>
            <li>
              <strong>Nothing can be narrowed down.</strong> Upstream hides as few numbers as it can, but enough that, from everything on the page,
              each hidden number could still be anything from 0 to {threshold - 1} (or, for “hidden”, anything over a range at least as wide).
            </li>
            <li>
              <strong>Grouping first.</strong> A governors’ report can group weeks into half terms, year groups into key stages and rare topics into
              “other topics” before anything is hidden, so fewer numbers need hiding. The report says which groupings were used.
            </li>
            <li>
              <strong>Percentages.</strong> A percentage is shown only when both those it counts and those it leaves out are {threshold} or more.
            </li>
            <li>
              <strong>What it does not cover.</strong> The protection holds within one screen or one report. Comparing different reports (a term, then
              the whole year) could narrow a hidden number down; these are counts of visits, not of pupils, and the threshold is yours to raise.
            </li>
          </ul>
        </section>
        <section className="form-section" aria-labelledby="where-heading">
          <h2 id="where-heading">Where it is kept</h2>
          <p>
            Everything stays on this computer, in Upstream’s own folder (shown under About in Settings). Upstream does not send your data anywhere:
            it works offline and has no account or cloud service. Anyone who can sign in to this computer as you can open Upstream, so keep the
            computer locked and encrypted as your school’s IT policy requires.
          </p>
        </section>
        <section className="form-section" aria-labelledby="backups-heading">
          <h2 id="backups-heading">Backups</h2>
          <p>
            The desktop app saves a backup every day and when it closes, keeping the last 14, in a backups folder inside its own folder. “Back up now”
            in Settings saves a backup file wherever you choose: treat that file like any other school document about pupils’ wellbeing and keep it in
            secure storage. A backup holds the same things Upstream stores, and nothing more.
          </p>
        </section>
        <DeleteEverything />
      </div>
    </>
  );
}

function DeleteEverything() {
  const db = useDatabase();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [includeBackups, setIncludeBackups] = useState(false);
  const [backupFolder, setBackupFolder] = useState<string | undefined>(undefined);
  useEffect(() => {
    void platform.listBackups().then((listing) => setBackupFolder(listing.supported ? listing.folder : undefined), () => undefined);
  }, []);
  const ready = typed.trim() === CONFIRM_WORD && !busy;
  return (
    <section className="form-section danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete all data</h2>
      <p>
        This removes everything Upstream holds on this computer: settings, plans, resources you wrote, counts and survey totals, unsaved drafts, and
        anything left over from an interrupted restore. It cannot be undone. Make a last backup first if you may need the data again.
      </p>
      {backupFolder ? (
        <div className="checkbox">
          <input id="delete-backups" type="checkbox" checked={includeBackups} onChange={(e) => setIncludeBackups(e.target.checked)} />
          <label htmlFor="delete-backups">
            Also delete the automatic backups in <code>{backupFolder}</code>
          </label>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="confirm-delete">Type {CONFIRM_WORD} to confirm</label>
        <input id="confirm-delete" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" className="field--narrow-input" />
      </div>
      <button
        type="button"
        className="button button--danger"
        disabled={!ready}
        onClick={async () => {
          setBusy(true);
          try {
            await deleteEverything(db, { includeBackups, platform });
          } catch {
            setError('Upstream could not delete everything. Close other Upstream windows, then try again.');
            setBusy(false);
            return;
          }
          // The database is gone: start again from a clean first run.
          window.location.hash = '';
          window.location.reload();
        }}
      >
        Delete all data
      </button>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
