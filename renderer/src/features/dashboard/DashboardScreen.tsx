import { academicYearLabel, formatWeekday, placeDate, teachingWeekOf, toIsoDate } from '@shared/calendar';
import { termLabel, type SchoolSettings } from '@shared/domain';
import { PageHeader } from '../../ui/PageHeader';
import { AutomaticBackupAlert } from '../backup/AutomaticBackupAlert';
import { useSchoolSettings } from '../settings/queries';
import { ThisWeekCard } from './ThisWeekCard';
import { TrendsGlanceCard } from '../trends/TrendsGlanceCard';

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** Where today falls in the school's year, in words: the term and teaching week, or the break by name. */
export function describeToday(settings: Pick<SchoolSettings, 'academicYears' | 'nation'>, today: Date): string {
  const placement = placeDate(today, settings.academicYears, settings.nation);
  const year = academicYearLabel(placement.academicYear);
  const week = teachingWeekOf(today, settings.academicYears);
  // Set for teaching days, INSET days and bank holidays in term, the cases that use it.
  const inTerm = placement.term ? `${termLabel(placement.term)} term ${placement.halfTerm}, ${year}${week ? `: teaching week ${week.week}` : ''}` : year;
  switch (placement.status) {
    case 'teaching':
      return `${inTerm}${placement.weekend ? ' (weekend)' : ''}.`;
    case 'inset':
      return `INSET day: no pupils in school. ${inTerm}.`;
    case 'bank-holiday':
      return `${placement.name}: school closed. ${inTerm}.`;
    case 'half-term':
    case 'holiday':
      return `${placement.name}, ${year}.`;
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
      <AutomaticBackupAlert showSettingsLink />
      {settings ? <p className="today">{describeToday(settings, today)}</p> : null}
      <div className="cards">
        <ThisWeekCard today={today} />
        <TrendsGlanceCard today={today} />
      </div>
    </>
  );
}
