import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { PRINT_HEADER_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '@shared/print';
import '../../renderer/src/app/print-routes';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import type { Resource, WorkshopPlan } from '../../renderer/src/db/records';
import { activityMix } from '../../renderer/src/features/workshops/print/CampaignOnePagerPrint';
import { FacilitatorPrint } from '../../renderer/src/features/workshops/print/FacilitatorPrint';
import { HandoutPrint } from '../../renderer/src/features/workshops/print/HandoutPrint';
import { PrintMarkdown } from '../../renderer/src/features/workshops/print/PrintParts';
import { SlidesPrint } from '../../renderer/src/features/workshops/print/SlidesPrint';
import { collectStyles, PrintSnapshotError, snapshotPrintRoute } from '../../renderer/src/print/snapshot';

const settings = { name: 'Riverside Academy', mhstContact: 'Sam Green, 01632 960123', dslContact: '' };

describe('PrintMarkdown (tips from linked resources)', () => {
  it('renders no raw HTML, no pictures and only https links, and fills in the school’s details', () => {
    const markdown = [
      '# Screens and sleep',
      '',
      'Talk to {{school.name}}. <script>window.hacked = true</script><b>bold?</b>',
      '',
      '![a picture](https://example.org/tracker.png)',
      '',
      '[Run this](javascript:alert(1)) · [A file](file:///etc/passwd) · [NHS advice](https://www.nhs.uk/live-well/sleep-and-tiredness/)',
      '',
      '## Who to ask',
      '',
      '| Service | Number |',
      '| --- | --- |',
      '| **Childline** | 0800 1111 |',
      '',
      'Our MHST: {{school.mhstContact}}. Our DSL: {{school.dslContact}}.',
    ].join('\n');
    const { container } = render(<PrintMarkdown markdown={markdown} title="Screens and sleep" settings={settings} />);
    expect(container.querySelector('script, img, b, iframe')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    expect(screen.getByText(/Talk to Riverside Academy\./)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Run this' })).not.toBeInTheDocument();
    expect(screen.getByText(/Run this/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'A file' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'NHS advice' })).toHaveAttribute('href', 'https://www.nhs.uk/live-well/sleep-and-tiredness/');
    // On paper a link is only useful with its address.
    expect(screen.getByText('(www.nhs.uk/live-well/sleep-and-tiredness)')).toBeInTheDocument();
    // The repeated title is dropped; the resource's own headings sit under the resource heading (h3).
    expect(screen.queryByRole('heading', { name: 'Screens and sleep' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Who to ask' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByRole('cell', { name: '0800 1111' })).toBeInTheDocument();
    expect(screen.getByText(/Our MHST: Sam Green, 01632 960123\. Our DSL: your school office/)).toBeInTheDocument();
  });
});

describe('activityMix', () => {
  it('says what a campaign is made of in words, leaving out cancelled activities', () => {
    expect(
      activityMix([
        { type: 'assembly', status: 'done' },
        { type: 'assembly', status: 'planned' },
        { type: 'pshe-lesson', status: 'planned' },
        { type: 'parent-workshop', status: 'cancelled' },
        { type: 'website-content', status: 'planned' },
      ]),
    ).toBe('2 assemblies, 1 PSHE lesson and 1 piece of website content');
    expect(activityMix([])).toBe('No activities planned yet');
  });
});

const now = '2026-11-24T09:00:00.000Z';
const plan: WorkshopPlan = {
  id: 'p1',
  title: 'Helping your child sleep well',
  audience: 'parents',
  yearGroups: [],
  theme: 'sleep',
  date: '2026-12-03',
  startTime: '18:00',
  slotMinutes: 20,
  venue: 'School library',
  facilitators: ['Wellbeing lead'],
  objectives: ['Know how much sleep children need'],
  keyMessages: ['Same wake-up time every day.', 'Phones charge outside the bedroom.'],
  summary: 'An hour on sleep.',
  agenda: [
    { id: 'a', title: 'Welcome', minutes: 10, whatHappens: 'Hello and introductions.', facilitatorNotes: 'Count heads.' },
    { id: 'b', title: 'نیند کے لیے پرسکون معمول', minutes: 15, whatHappens: 'Gwely, ŵyr a ŷd · Łóżko i żółw 🌙', materials: 'Flipchart' },
  ],
  materialsChecklist: [{ item: 'Flipchart', done: true }],
  signposting: 'Talk to your child’s tutor.',
  followUp: 'Newsletter the next day.',
  createdAt: now,
  updatedAt: now,
};
const tips: Resource = {
  id: 'r1',
  title: 'Screens and sleep',
  kind: 'tip-sheet',
  themes: ['sleep'],
  audiences: ['parents'],
  yearGroups: [],
  bodyMarkdown: '# Screens and sleep\n\nScreens off an hour before bed.',
  sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
  tags: [],
  archived: 0,
  createdAt: now,
  updatedAt: now,
};

async function printDatabase(): Promise<UpstreamDatabase> {
  const db = new UpstreamDatabase(`print-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', ...settings, yearGroups: ['Y7'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: now, updatedAt: now });
  await db.workshopPlans.put(plan);
  await db.resources.put(tips);
  await db.resourceLinks.put({ id: 'l1', resourceId: 'r1', ownerType: 'workshopPlan', ownerId: 'p1' });
  return db;
}

function renderRoute(db: UpstreamDatabase, path: string) {
  return render(
    <DatabaseProvider db={db}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/print/workshop/:planId/handout" element={<HandoutPrint />} />
          <Route path="/print/workshop/:planId/facilitator" element={<FacilitatorPrint />} />
          <Route path="/print/workshop/:planId/slides" element={<SlidesPrint />} />
        </Routes>
      </MemoryRouter>
    </DatabaseProvider>,
  );
}

const headings = (level: number) => screen.getAllByRole('heading', { level }).map((h) => h.textContent);

describe('workshop print views', () => {
  it('the handout: one h1, h2 sections in order, tips from the linked resource, contacts and helplines, then ready', async () => {
    const db = await printDatabase();
    renderRoute(db, '/print/workshop/p1/handout');
    expect(await screen.findByRole('heading', { level: 1, name: 'Helping your child sleep well' })).toBeInTheDocument();
    expect(headings(2)).toEqual(['What the workshop covers', 'Key messages', 'Tips to try at home', 'Where to get help']);
    expect(screen.getByText('Thursday 3 December 2026 · 18:00 to 18:25 · School library')).toBeInTheDocument();
    expect(screen.getByText('Screens off an hour before bed.')).toBeInTheDocument();
    expect(screen.getByText(/Sam Green, 01632 960123/)).toBeInTheDocument();
    for (const line of ['NHS 111', 'Childline', 'Samaritans', 'Shout']) expect(screen.getByRole('rowheader', { name: line })).toBeInTheDocument();
    expect(screen.getByText('Call 0800 1111 (free)')).toBeInTheDocument();
    expect(screen.getByText('Text SHOUT to 85258 (free)')).toBeInTheDocument();
    // Right-to-left text carries dir="auto" so it runs the right way on paper.
    expect(screen.getByText('نیند کے لیے پرسکون معمول')).toHaveAttribute('dir', 'auto');
    // Facilitator notes stay off the handout.
    expect(screen.queryByText('Count heads.')).not.toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(PRINT_READY_ATTRIBUTE));
    expect(document.documentElement.getAttribute(PRINT_HEADER_ATTRIBUTE)).toBe('Riverside Academy');
  });

  it('the facilitator plan: clock times, notes, materials, checklist and the over-slot warning', async () => {
    const db = await printDatabase();
    renderRoute(db, '/print/workshop/p1/facilitator');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('18:00–18:10');
    expect(rows[1]).toHaveTextContent('Count heads.');
    expect(rows[2]).toHaveTextContent('18:10–18:25');
    expect(rows[2]).toHaveTextContent('Flipchart');
    expect(screen.getByText('The agenda runs 5 minutes over the 20-minute slot. Shorten a section or ask for a longer slot.')).toBeInTheDocument();
    expect(screen.getByText('Ends at 18:25. Total 25 minutes: 5 over the 20-minute slot.')).toBeInTheDocument();
    expect(headings(2)).toEqual(['Learning objectives', 'Agenda', 'Materials checklist', 'Handouts to bring', 'Key messages to land', 'Follow-up', 'Signposting and safeguarding']);
    expect(screen.getByText('(ready)')).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(PRINT_READY_ATTRIBUTE));
  });

  it('the slides: a title slide, one slide per section, key messages and where to get help', async () => {
    const db = await printDatabase();
    const { container } = renderRoute(db, '/print/workshop/p1/slides');
    expect(await screen.findByRole('heading', { level: 1, name: 'Helping your child sleep well' })).toBeInTheDocument();
    expect(container.querySelectorAll('.slide')).toHaveLength(1 + 2 + 1 + 1);
    expect(headings(2)).toEqual(['Welcome', 'نیند کے لیے پرسکون معمول', 'Remember', 'Where to get help']);
    expect(screen.queryByText('Count heads.')).not.toBeInTheDocument();
  });

  it('a plan that no longer exists prints a page that says so, rather than never becoming ready', async () => {
    const db = await printDatabase();
    renderRoute(db, '/print/workshop/gone/handout');
    expect(await screen.findByRole('heading', { level: 1, name: 'This workshop plan no longer exists' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(PRINT_READY_ATTRIBUTE));
  });
});

describe('an export renders its document in the app’s window (snapshot)', () => {
  it('renders the handout off screen and hands back the finished document, leaving the window as it was', async () => {
    const db = await printDatabase();
    const title = document.title;
    const children = document.body.childElementCount;
    const snapshot = await snapshotPrintRoute(db, '/print/workshop/p1/handout');
    expect(snapshot.schoolName).toBe('Riverside Academy');
    expect(snapshot.title).toMatch(/^Helping your child sleep well/);
    expect(snapshot.body).toContain('<main class="print-document">');
    expect(snapshot.body).toContain('Where to get help');
    expect(snapshot.body).toContain('Screens off an hour before bed.');
    expect(snapshot.body).not.toContain('Count heads.');
    expect(snapshot.body).not.toMatch(/<script/i);
    // Nothing on screen changed: no ready mark, no print class, same title, nothing added to the page.
    expect(document.documentElement).not.toHaveAttribute(PRINT_READY_ATTRIBUTE);
    expect(document.documentElement).not.toHaveClass('printing');
    expect(document.title).toBe(title);
    expect(document.body.childElementCount).toBe(children);
  });

  it('says so in words when the document never becomes ready', async () => {
    const db = await printDatabase();
    await expect(snapshotPrintRoute(db, '/print/nothing-here', 100)).rejects.toThrow(PrintSnapshotError);
    await expect(snapshotPrintRoute(db, '/print/nothing-here', 100)).rejects.toThrow(/did not finish loading/);
  });

  it('takes the app’s stylesheets by address, or as text with their addresses made absolute', () => {
    const style = document.createElement('style');
    style.textContent = `.print-masthead { background-image: url('/assets/wave.png'); } .print-document { color: teal; }`;
    document.head.append(style);
    try {
      const styles = collectStyles();
      const css = styles.map((s) => ('css' in s ? s.css : '')).join('\n');
      expect(css).toContain('.print-document');
      expect(css).toContain(`url("${new URL('/assets/wave.png', document.baseURI).href}")`);
    } finally {
      style.remove();
    }
  });
});
