import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { describeError } from '../campaigns/errors';
import { hasSampleData, loadSampleSchool, removeSampleSchool } from './sample-school';

/** Load or remove the fictional sample school (Settings and first run). */
export function SampleSchoolControls({ compact = false }: { compact?: boolean }) {
  const db = useDatabase();
  const loaded = useLiveQuery(() => hasSampleData(db), [db]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const run = async (action: () => Promise<void>, success: string, failure: string) => {
    setBusy(true);
    setError('');
    setDone('');
    try {
      await action();
      setDone(success);
    } catch (e) {
      setError(describeError(e, failure));
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
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => run(() => removeSampleSchool(db), 'Sample school removed. Your own records are as they were.', 'Upstream could not remove the sample school.')}>
          Remove sample school
        </button>
      ) : (
        <button type="button" className="button button--secondary" disabled={busy || loaded === undefined} onClick={() => run(() => loadSampleSchool(db), 'Sample school loaded. Its campaigns and partners are marked Sample.', 'Upstream could not load the sample school.')}>
          Load sample school
        </button>
      )}
      {done ? (
        <p role="status" className="form-actions__status">
          {done}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
