import { bankHolidaysBetween } from '@shared/bank-holidays';
import { academicYearLabel, formatDateLong, placeDate, teachingWeeks } from '@shared/calendar';
import { NATION_LABELS, termLabel, type AcademicYearDates, type SchoolSettings } from '@shared/domain';
import { PrintDocument } from '../../print/PrintDocument';
import { useSchoolSettings } from './queries';

/** The school's term and half-term dates, one table per academic year, on A4. */
export function TermDatesPrint() {
  const settings = useSchoolSettings();
  if (!settings) return <p role="status">Loading…</p>;
  return (
    <PrintDocument title={`${settings.name} term dates`} schoolName={settings.name} ready>
      <h1>Term dates</h1>
      <p className="print-lede">{settings.name}</p>
      {settings.academicYears.map((year) => (
        <section key={year.startYear} aria-label={`Academic year ${academicYearLabel(year.startYear)}`}>
          <h2>Academic year {academicYearLabel(year.startYear)}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Term</th>
                <th scope="col">Starts</th>
                <th scope="col">Half term</th>
                <th scope="col">Ends</th>
                <th scope="col">Teaching weeks</th>
              </tr>
            </thead>
            <tbody>
              {year.terms.map((term) => (
                <tr key={term.term}>
                  <th scope="row">{termLabel(term.term)}</th>
                  <td className="nowrap">{formatDateLong(term.start)}</td>
                  <td>
                    {formatDateLong(term.halfTermStart)} to {formatDateLong(term.halfTermEnd)}
                  </td>
                  <td className="nowrap">{formatDateLong(term.end)}</td>
                  <td>{teachingWeeks(term).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ClosedDays year={year} settings={settings} />
        </section>
      ))}
      <p className="print-footnote">
        Dates as entered in Upstream. Bank holidays for {NATION_LABELS[settings.nation ?? 'england']} from GOV.UK (gov.uk/bank-holidays). Check with the school office before sharing
        outside school.
      </p>
    </PrintDocument>
  );
}

/** The year's INSET days and the bank holidays that fall on school days in its terms. */
function ClosedDays({ year, settings }: { year: AcademicYearDates; settings: SchoolSettings }) {
  const inset = [...(year.insetDays ?? [])].sort();
  const first = year.terms[0]?.start;
  const last = year.terms.at(-1)?.end;
  const bankHolidays = first && last ? bankHolidaysBetween(first, last, settings.nation).filter((h) => placeDate(h.date, settings.academicYears, settings.nation).status === 'bank-holiday') : [];
  return (
    <p>
      INSET days: {inset.length > 0 ? inset.map((d) => formatDateLong(d)).join(', ') : 'none entered'}. Bank holidays in term:{' '}
      {bankHolidays.length > 0 ? bankHolidays.map((h) => `${formatDateLong(h.date)} (${h.name})`).join(', ') : 'none'}.
    </p>
  );
}
