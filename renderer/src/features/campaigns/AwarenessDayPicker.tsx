import { addDays, startOfWeek } from 'date-fns';
import { useId, useMemo } from 'react';
import { awarenessDaysBetween } from '@shared/awareness-days';
import { formatDateLong, nextTeachingDay, parseIsoDate, toIsoDate } from '@shared/calendar';
import type { AcademicYearDates, IsoDate, Nation } from '@shared/domain';

interface Props {
  today: Date;
  years: AcademicYearDates[];
  nation: Nation | undefined;
  /** Called with the first teaching day of the week holding the chosen day. */
  onChoose: (startDate: IsoDate) => void;
}

/** Offers the awareness days of the coming year as a campaign start: the campaign's first week is the week holding the day. */
export function AwarenessDayPicker({ today, years, nation, onChoose }: Props) {
  const id = useId();
  const days = useMemo(() => awarenessDaysBetween(toIsoDate(today), toIsoDate(addDays(today, 365))), [today]);
  if (days.length === 0) return null;
  const choose = (value: string) => {
    const day = days.find((d) => `${d.id}:${d.start}` === value);
    if (!day) return;
    const monday = startOfWeek(parseIsoDate(day.start), { weekStartsOn: 1 });
    onChoose(nextTeachingDay(monday, years, nation) ?? toIsoDate(monday));
  };
  return (
    <div className="field">
      <label htmlFor={id}>Line it up with an awareness day</label>
      <p className="field__hint" id={`${id}-hint`}>
        Optional. The campaign starts in the week of the day you choose. Dates follow each organiser’s usual rule: check them on the organiser’s site.
      </p>
      <select id={id} aria-describedby={`${id}-hint`} value="" onChange={(e) => choose(e.target.value)}>
        <option value="">Choose an awareness day…</option>
        {days.map((d) => (
          <option key={`${d.id}:${d.start}`} value={`${d.id}:${d.start}`}>
            {d.title}: {d.start === d.end ? formatDateLong(d.start) : `${formatDateLong(d.start)} to ${formatDateLong(d.end)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
