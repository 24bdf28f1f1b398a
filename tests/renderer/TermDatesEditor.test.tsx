import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultEnglandTermDates, defaultTermDates } from '@shared/calendar';
import type { AcademicYearDates, Nation } from '@shared/domain';
import { validateSchoolSettings } from '@shared/school-settings';
import { TermDatesEditor } from '../../renderer/src/features/settings/TermDatesEditor';

function Harness({ initial, withErrors = false }: { initial: AcademicYearDates[]; withErrors?: boolean }) {
  const [years, setYears] = useState(initial);
  const [selected, setSelected] = useState(0);
  const [nation, setNation] = useState<Nation>('england');
  const errors = withErrors ? validateSchoolSettings({ name: 'x', yearGroups: ['Y7'], suppressionThreshold: 5, academicYears: years, nation }) : {};
  return (
    <>
      <TermDatesEditor
        years={years}
        nation={nation}
        selected={selected}
        onSelect={setSelected}
        onChange={setYears}
        onNationChange={(next, nextYears) => {
          setNation(next);
          setYears(nextYears);
        }}
        errors={errors}
      />
      <output data-testid="years">{JSON.stringify(years)}</output>
    </>
  );
}

const yearsShown = () => JSON.parse(screen.getByTestId('years').textContent ?? '[]') as AcademicYearDates[];

describe('TermDatesEditor', () => {
  it('labels every date by term so each field is found by name', () => {
    render(<Harness initial={[defaultEnglandTermDates(2026)]} />);
    for (const term of ['Autumn', 'Spring', 'Summer']) {
      expect(screen.getByLabelText(`${term} term starts`)).toHaveAttribute('type', 'date');
      expect(screen.getByLabelText(`${term} half term starts`)).toBeInTheDocument();
      expect(screen.getByLabelText(`${term} half term ends`)).toBeInTheDocument();
      expect(screen.getByLabelText(`${term} term ends`)).toBeInTheDocument();
    }
    expect(screen.getByText('2 September 2026')).toBeInTheDocument();
  });

  it('adds the next academic year with default dates and selects it', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[defaultEnglandTermDates(2026)]} />);
    await user.click(screen.getByRole('button', { name: 'Add next academic year' }));
    expect(yearsShown().map((y) => y.startYear)).toEqual([2026, 2027]);
    expect(screen.getByLabelText('Academic year')).toHaveDisplayValue('2027/28');
    expect(screen.getByLabelText('Autumn term starts')).toHaveValue(defaultEnglandTermDates(2027).terms[0]!.start);
  });

  it('puts a changed year back to the typical dates, keeping its INSET days, and marks them as a starting point', async () => {
    const user = userEvent.setup();
    const edited = { ...defaultEnglandTermDates(2026), insetDays: ['2026-10-02'] };
    edited.terms[0] = { ...edited.terms[0]!, start: '2026-08-27' };
    render(<Harness initial={[edited]} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use typical England dates for 2026/27' }));
    expect(yearsShown()[0]).toEqual({ ...defaultEnglandTermDates(2026), insetDays: ['2026-10-02'] });
    expect(screen.getByRole('note')).toHaveTextContent('A starting point: these are typical England dates for 2026/27, not your school’s.');
  });

  it('moves years still on typical dates to the new nation’s, and leaves a school’s own dates alone', async () => {
    const user = userEvent.setup();
    const own = defaultEnglandTermDates(2025);
    own.terms[0] = { ...own.terms[0]!, start: '2025-08-28' };
    render(<Harness initial={[own, defaultEnglandTermDates(2026)]} />);
    await user.selectOptions(screen.getByLabelText('Where your school is'), 'Scotland');
    expect(yearsShown()).toEqual([own, defaultTermDates(2026, 'scotland')]);
    expect(screen.getByRole('button', { name: 'Use typical Scotland dates for 2025/26' })).toBeInTheDocument();
  });

  it('adds INSET days, says beside one what is wrong with it, and removes it', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[defaultEnglandTermDates(2026)]} withErrors />);
    await user.click(screen.getByRole('button', { name: 'Add an INSET day' }));
    expect(screen.getByLabelText('INSET day 1')).toHaveAccessibleDescription(/Enter the date of the INSET day, or remove it/);
    await user.type(screen.getByLabelText('INSET day 1'), '2026-12-22');
    expect(screen.getByLabelText('INSET day 1')).toHaveAccessibleDescription(/22 December 2026 is not in a term/);
    await user.clear(screen.getByLabelText('INSET day 1'));
    await user.type(screen.getByLabelText('INSET day 1'), '2026-10-02');
    expect(screen.getByLabelText('INSET day 1')).not.toHaveAttribute('aria-invalid');
    expect(yearsShown()[0]!.insetDays).toEqual(['2026-10-02']);
    await user.click(screen.getByRole('button', { name: 'Remove INSET day 1' }));
    expect(yearsShown()[0]!.insetDays).toEqual([]);
  });

  it('marks the fields of a term that ends before it starts and says why', () => {
    const broken = defaultEnglandTermDates(2026);
    broken.terms[1] = { ...broken.terms[1]!, end: '2027-01-01' };
    render(<Harness initial={[broken]} withErrors />);
    expect(screen.getByLabelText('Spring term ends')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Spring term ends')).toHaveAccessibleDescription(/Spring term cannot end before it starts/);
    expect(screen.getByLabelText('Autumn term ends')).not.toHaveAttribute('aria-invalid');
  });
});
