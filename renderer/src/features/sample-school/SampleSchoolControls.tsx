import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { hasSampleData, loadSampleSchool, removeSampleSchool } from './sample-school';

/** Load or remove the fictional sample school (Settings and first run). */
export function SampleSchoolControls({ compact = false }: { compact?: boolean }) {
  const db = useDatabase();
  const loaded = useLiveQuery(() => hasSampleData(db), [db]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="form-section" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Sample school</h2>
      <p className="form-section__lede">
        {compact
          ? 'Not ready to enter your own school? Explore Upstream with a fictional school and a year of campaigns. You can remove it in one step.'
          : 'A fictional school with a year of campaigns, partners and activities, clearly marked, to explore Upstream. Removing it deletes only the sample records.'}
      </p>
      {loaded ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => run(() => removeSampleSchool(db))}>
          Remove sample school
        </button>
      ) : (
        <button type="button" className="button button--secondary" disabled={busy || loaded === undefined} onClick={() => run(() => loadSampleSchool(db))}>
          Load sample school
        </button>
      )}
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
