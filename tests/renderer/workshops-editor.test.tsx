import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { documentFileName } from '@shared/print';
import { validateWorkshopPlan } from '@shared/workshop-plan';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import type { WorkshopPlan } from '../../renderer/src/db/records';
import { AgendaEditor } from '../../renderer/src/features/workshops/AgendaEditor';
import { ChecklistEditor } from '../../renderer/src/features/workshops/ChecklistEditor';
import { DocumentSettingsSection } from '../../renderer/src/features/workshops/DocumentSettingsSection';
import { sectionFromState, type ChecklistItemState, type SectionState } from '../../renderer/src/features/workshops/editor-state';
import { workshopFileName, WorkshopExports } from '../../renderer/src/features/workshops/WorkshopExports';

const section = (id: string, title: string, minutesText: string, materials = ''): SectionState => ({ id, title, minutesText, whatHappens: '', facilitatorNotes: '', materials });

function AgendaHarness({ initial, slot = 60 }: { initial: SectionState[]; slot?: number }) {
  const [sections, setSections] = useState(initial);
  const errors = validateWorkshopPlan({ title: 'x', agenda: sections.map(sectionFromState) });
  return (
    <>
      <AgendaEditor sections={sections} onChange={setSections} errors={errors} startTime="18:00" slotMinutes={slot} />
      <output data-testid="order">{sections.map((s) => s.title).join(' | ')}</output>
    </>
  );
}

const order = () => screen.getByTestId('order').textContent;
const three = () => [section('a', 'Welcome', '5'), section('b', 'What sleep does', '10'), section('c', 'Questions', '10')];

describe('AgendaEditor', () => {
  it('shows running and clock times per section and the total against the slot', () => {
    render(<AgendaHarness initial={three()} />);
    const items = within(screen.getByRole('list', { name: 'Agenda sections' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('18:05–18:15');
    expect(items[1]).toHaveTextContent('5–15 min');
    expect(screen.getByText('Total 25 minutes of a 60-minute slot (35 to spare). Ends at 18:25.')).toBeInTheDocument();
  });

  it('warns when the total runs over the slot', () => {
    render(<AgendaHarness initial={three()} slot={20} />);
    expect(screen.getByText('The agenda runs 5 minutes over the 20-minute slot. Shorten a section or ask for a longer slot.')).toBeInTheDocument();
  });

  it('moves a section with the buttons and keeps focus on the moved section', async () => {
    const user = userEvent.setup();
    render(<AgendaHarness initial={three()} />);
    await user.click(screen.getByRole('button', { name: 'Move “Welcome” down' }));
    expect(order()).toBe('What sleep does | Welcome | Questions');
    expect(screen.getByRole('button', { name: 'Move “Welcome” down' })).toHaveFocus();
    expect(screen.getByText('Moved “Welcome” to position 2 of 3.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move “Welcome” down' }));
    expect(order()).toBe('What sleep does | Questions | Welcome');
    // At the bottom, Move down is unavailable: focus goes to Move up in the same section.
    expect(screen.getByRole('button', { name: 'Move “Welcome” down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Welcome” up' })).toHaveFocus();
  });

  it('moves the section holding focus with Alt+Up and Alt+Down, and the field keeps focus', async () => {
    const user = userEvent.setup();
    render(<AgendaHarness initial={three()} />);
    const title = screen.getByLabelText('Section 3 Title');
    title.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(order()).toBe('Welcome | Questions | What sleep does');
    expect(screen.getByLabelText('Section 2 Title')).toHaveFocus();
    expect(screen.getByLabelText('Section 2 Title')).toHaveValue('Questions');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    expect(order()).toBe('Questions | Welcome | What sleep does');
    await user.keyboard('{ArrowDown}');
    expect(order()).toBe('Questions | Welcome | What sleep does');
  });

  it('shows an error beside a section of 0 or negative minutes', async () => {
    const user = userEvent.setup();
    render(<AgendaHarness initial={three()} />);
    const minutes = screen.getByLabelText('Section 2 Minutes');
    await user.clear(minutes);
    await user.type(minutes, '0');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription('A section needs at least 1 minute.');
    await user.clear(minutes);
    await user.type(minutes, '-5');
    expect(minutes).toHaveAccessibleDescription('A section needs at least 1 minute.');
    // A bad section counts as 0 while it is fixed; the rest still add up.
    expect(screen.getByText(/^Total 15 minutes/)).toBeInTheDocument();
  });

  it('adds a section and puts the cursor in its title; explains an empty agenda', async () => {
    const user = userEvent.setup();
    render(<AgendaHarness initial={[]} />);
    expect(screen.getByText(/No sections yet\. You can save the plan like this/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    expect(screen.getByLabelText('Section 1 Title')).toHaveFocus();
    expect(screen.getByLabelText('Section 1 Minutes')).toHaveValue(10);
  });
});

function ChecklistHarness({ agenda }: { agenda: SectionState[] }) {
  const [items, setItems] = useState<ChecklistItemState[]>([{ id: '1', item: 'Flipchart', done: false }]);
  return (
    <>
      <ChecklistEditor items={items} agenda={agenda} onChange={setItems} />
      <output data-testid="items">{items.map((i) => `${i.item}${i.done ? ' ✓' : ''}`).join(' | ')}</output>
    </>
  );
}

describe('ChecklistEditor', () => {
  it('ticks, adds, and pulls in materials named in the agenda once each', async () => {
    const user = userEvent.setup();
    render(<ChecklistHarness agenda={[section('a', 'Welcome', '5', 'Flipchart, name badges'), section('b', 'Talk', '10', 'Slides; name badges')]} />);
    await user.click(screen.getByRole('checkbox', { name: 'Ready: Flipchart' }));
    await user.type(screen.getByLabelText('New checklist item'), 'Tea and squash{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add 2 items named in the agenda' }));
    expect(screen.getByTestId('items')).toHaveTextContent('Flipchart ✓ | Tea and squash | Name badges | Slides');
    expect(screen.queryByRole('button', { name: /named in the agenda/ })).not.toBeInTheDocument();
  });
});

const plan = (patch: Partial<WorkshopPlan> = {}): WorkshopPlan => ({
  id: 'p1',
  title: 'Helping your child sleep well',
  audience: 'parents',
  yearGroups: [],
  theme: 'sleep',
  date: '2026-12-03',
  facilitators: [],
  objectives: [],
  agenda: [{ id: 's', title: 'Welcome', minutes: 5 }],
  materialsChecklist: [],
  createdAt: 'c',
  updatedAt: 'u',
  ...patch,
});

describe('WorkshopExports', () => {
  it('names files the way people recognise them', () => {
    expect(workshopFileName(plan(), 'handout')).toBe('2026-12-03 Helping your child sleep well - parent handout.pdf');
    expect(workshopFileName(plan(), 'facilitator')).toBe('2026-12-03 Helping your child sleep well - facilitator plan.pdf');
    expect(workshopFileName(plan({ date: undefined }), 'slides')).toBe('Helping your child sleep well - slides.pdf');
    expect(workshopFileName(plan(), 'handout')).toBe(documentFileName('2026-12-03', 'Helping your child sleep well', 'parent handout'));
  });

  it('offers the three documents for a saved plan', async () => {
    const db = await settingsDatabase();
    render(
      <DatabaseProvider db={db}>
        <WorkshopExports plan={plan()} dirty={false} />
      </DatabaseProvider>,
    );
    for (const name of ['Parent handout (PDF)', 'Facilitator plan (PDF)', 'Slides (PDF)']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('explains that an empty agenda cannot be exported, and that unsaved changes are not in the export', async () => {
    const db = await settingsDatabase();
    const { rerender } = render(
      <DatabaseProvider db={db}>
        <WorkshopExports plan={plan({ agenda: [] })} dirty={false} />
      </DatabaseProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Add at least one agenda section before exporting');
    expect(screen.queryByRole('button', { name: 'Parent handout (PDF)' })).not.toBeInTheDocument();
    rerender(
      <DatabaseProvider db={db}>
        <WorkshopExports plan={plan()} dirty />
      </DatabaseProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Save your changes first: exports use the saved plan.');
  });
});

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function settingsDatabase(): Promise<UpstreamDatabase> {
  const db = new UpstreamDatabase(`logo-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', name: 'Riverside Academy', yearGroups: ['Y7'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: 'c', updatedAt: 'u' });
  return db;
}

describe('DocumentSettingsSection (the school logo)', () => {
  it('explains a wrong type, a file over 500 KB and an unreadable image, and saves nothing', async () => {
    const db = await settingsDatabase();
    const user = userEvent.setup({ applyAccept: false });
    render(
      <DatabaseProvider db={db}>
        <DocumentSettingsSection decodes={async () => false} />
      </DatabaseProvider>,
    );
    const input = await screen.findByLabelText('Upload a logo');
    await user.upload(input, new File(['GIF89a'], 'crest.gif', { type: 'image/gif' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“crest.gif” is not a PNG, JPEG or SVG image.');
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.upload(input, new File([new Uint8Array(501 * 1024)], 'crest.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“crest.png” is 501 KB. Choose a logo of 500 KB or less');

    await user.upload(input, new File([PNG_BYTES], 'damaged.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“damaged.png” could not be read as an image. It may be damaged');
    expect((await db.settings.get('school'))?.logoDataUrl).toBeUndefined();
  });

  it('saves a good logo, shows it, and removes it', async () => {
    const db = await settingsDatabase();
    const user = userEvent.setup({ applyAccept: false });
    render(
      <DatabaseProvider db={db}>
        <DocumentSettingsSection decodes={async () => true} />
      </DatabaseProvider>,
    );
    expect(await screen.findByText('No logo yet: documents show your school’s name only.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Upload a logo'), new File([PNG_BYTES], 'crest.png', { type: 'image/png' }));
    expect(await screen.findByRole('img', { name: 'Current logo of Riverside Academy' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,iVBORw0KGgo/));
    expect(screen.getByText('Logo saved. It will appear on the documents you export.')).toBeInTheDocument();
    expect((await db.settings.get('school'))?.logoDataUrl).toMatch(/^data:image\/png;base64,/);

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(await screen.findByText('Logo removed. Documents show your school’s name only.')).toBeInTheDocument();
    expect((await db.settings.get('school'))?.logoDataUrl).toBeUndefined();
    expect(screen.getByLabelText('Upload a logo')).toHaveFocus();
  });
});
