import { Link } from 'react-router-dom';
import { academicYearLabel, formatWeekday, placeDate, teachingWeekOf, toIsoDate } from '@shared/calendar';
import { termLabel, type SchoolSettings } from '@shared/domain';
import { PageHeader } from '../../ui/PageHeader';
import { useSchoolSettings } from '../settings/queries';
import { ThisWeekCard } from './ThisWeekCard';

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** Where today falls in the school's year, in words. */
export function describeToday(settings: SchoolSettings, today: Date): string {
  const placement = placeDate(today, settings.academicYears);
  const year = academicYearLabel(placement.academicYear);
  switch (placement.status) {
    case 'teaching': {
      const week = teachingWeekOf(today, settings.academicYears);
      return `${termLabel(placement.term!)} term ${placement.halfTerm}, ${year}${week ? `: teaching week ${week.week}` : ''}${placement.weekend ? ' (weekend)' : ''}.`;
    }
    case 'half-term':
      return `${termLabel(placement.term!)} half term, ${year}.`;
    case 'holiday':
      return `School holiday, ${year}.`;
    default:
      return `Upstream has no term dates for ${year} yet. Add them in Settings.`;
  }
}

export function DashboardScreen({ today = new Date() }: { today?: Date }) {
  const settings = useSchoolSettings();
  return (
    <>
      <PageHeader title="Dashboard">
        {greeting(today.getHours())}. It is {formatWeekday(toIsoDate(today))}.
      </PageHeader>
      {settings ? <p className="today">{describeToday(settings, today)}</p> : null}
      <div className="cards">
        <ThisWeekCard today={today} />
        <section className="card" aria-labelledby="trends-glance">
          <h2 id="trends-glance">Trends at a glance</h2>
          <p>What pupils bring to drop-ins and what surveys say, term by term, will show here once you record a drop-in or import a survey.</p>
          <Link className="button button--secondary" to="/trends">
            Go to trends
          </Link>
        </section>
      </div>
    </>
  );
}
