import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import type { AcademicYearDates } from '@shared/domain';
import { validateSchoolSettings } from '@shared/school-settings';
import { TermDatesEditor } from '../../renderer/src/features/settings/TermDatesEditor';

function Harness({ initial, withErrors = false }: { initial: AcademicYearDates[]; withErrors?: boolean }) {
  const [years, setYears] = useState(initial);
  const [selected, setSelected] = useState(0);
  const errors = withErrors ? validateSchoolSettings({ name: 'x', yearGroups: ['Y7'], suppressionThreshold: 5, academicYears: years }) : {};
  return (
    <>
      <TermDatesEditor years={years} selected={selected} onSelect={setSelected} onChange={setYears} errors={errors} />
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

  it('puts a changed year back to the England defaults', async () => {
    const user = userEvent.setup();
    const edited = defaultEnglandTermDates(2026);
    edited.terms[0] = { ...edited.terms[0]!, start: '2026-09-07' };
    render(<Harness initial={[edited]} />);
    await user.click(screen.getByRole('button', { name: 'Use England defaults for 2026/27' }));
    expect(yearsShown()[0]).toEqual(defaultEnglandTermDates(2026));
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
