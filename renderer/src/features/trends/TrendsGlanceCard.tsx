/** The dashboard's "Trends at a glance" card: this term's drop-in visits and top topics, suppressed like everywhere else. No charts, so the dashboard stays light. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { academicYearLabel, placeDate, toIsoDate } from '@shared/calendar';
import { DEFAULT_SUPPRESSION_THRESHOLD, termLabel } from '@shared/domain';
import { countText } from '@shared/suppression';
import { sessionsIn, topicTotals } from '@shared/trend-series';
import { useDatabase } from '../../db/DatabaseContext';
import { useSchoolSettings } from '../settings/queries';
import { TrendsScreen } from './routes';

export function TrendsGlanceCard({ today = new Date() }: { today?: Date }) {
  const db = useDatabase();
  const settings = useSchoolSettings();
  const counts = useLiveQuery(async () => ({ sessions: await db.checkIns.toArray(), waves: await db.surveyWaves.count() }), [db]);
  const place = settings ? placeDate(toIsoDate(today), settings.academicYears) : null;
  const threshold = settings?.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  useEffect(() => {
    // Once the dashboard is idle, load the trends screen (and its charts) in the background, so
    // opening Trends draws at once. Nothing is drawn here: the module is only loaded.
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 2_000));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = whenIdle(() => {
      void TrendsScreen.preload();
      // Read the data, and work out the chart Trends opens with, so opening it only has to draw.
      void Promise.all([import('./queries'), import('./chart-models')])
        .then(async ([queries, models]) => {
          const data = await queries.primeTrendsData(db);
          if (settings) models.primeFirstChart(data, settings, threshold, new Date());
        })
        .catch(() => undefined);
    });
    return () => cancel(handle);
  }, [db, settings, threshold]);
  let body: ReactNode = <p>What pupils bring to drop-ins and what surveys say, term by term, will show here once you record a drop-in or import a survey.</p>;
  if (settings && counts && place && (counts.sessions.length > 0 || counts.waves > 0)) {
    const term = place.term ?? null;
    const inTerm = sessionsIn(counts.sessions, settings.academicYears, place.academicYear, term);
    const totals = topicTotals(inTerm);
    const total = totals.reduce((n, t) => n + t.total, 0);
    const top = totals.filter((t) => t.total >= threshold).slice(0, 3);
    const when = term ? `${termLabel(term)} term ${academicYearLabel(place.academicYear)}` : academicYearLabel(place.academicYear);
    body = (
      <>
        <p>
          {when}: <strong>{countText(total, threshold)} drop-in visits</strong> in {inTerm.length} session{inTerm.length === 1 ? '' : 's'}
          {top.length > 0 ? `, most often about ${top.map((t) => t.topic).join(', ')}` : ''}.
        </p>
        <p>
          {counts.waves} survey{counts.waves === 1 ? '' : 's'} stored as counts.
        </p>
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="trends-glance">
      <h2 id="trends-glance">Trends at a glance</h2>
      {body}
      <div className="actions-row">
        <Link className="button button--secondary" to="/trends">
          Go to trends
        </Link>
        <Link className="button button--secondary" to="/trends/check-ins/new">
          Record a drop-in
        </Link>
      </div>
    </section>
  );
}
