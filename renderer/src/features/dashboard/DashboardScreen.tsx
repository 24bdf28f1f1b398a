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
      <AutomaticBackupAlert showSettingsLink />
      {settings ? <p className="today">{describeToday(settings, today)}</p> : null}
      <div className="cards">
        <ThisWeekCard today={today} />
        <TrendsGlanceCard today={today} />
      </div>
    </>
  );
}
