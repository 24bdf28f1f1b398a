import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import { platform } from '../../renderer/src/platform';
import { BuiltInResourceSync } from '../../renderer/src/features/resources/BuiltInResourceSync';
import { SHIPPED_RESOURCES } from '../../renderer/src/features/resources/builtins';
import { ResourceEditorScreen } from '../../renderer/src/features/resources/ResourceEditor';
import { ResourcePicker } from '../../renderer/src/features/resources/ResourcePicker';
import { ResourcesScreen } from '../../renderer/src/features/resources/ResourcesScreen';
import { SafeMarkdown } from '../../renderer/src/ui/SafeMarkdown';
import { builtInRecordId, syncBuiltInResources } from '../../renderer/src/features/resources/sync';
import { ToastProvider } from '../../renderer/src/ui/Toasts';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`resources-ui-${crypto.randomUUID()}`);
  await db.open();
  delete window.__pwned;
});
afterEach(() => vi.restoreAllMocks());

function withApp(ui: ReactNode, path = '/') {
  return render(
    <DatabaseProvider db={db}>
      <ToastProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/" element={ui} />
            <Route path="/resources/:resourceId" element={<p>Resource page</p>} />
            <Route path="/resources/:resourceId/edit" element={ui} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </DatabaseProvider>,
  );
}

describe('SafeMarkdown: nothing pasted can run or load', () => {
  const attack = [
    '# Heading',
    '',
    'Hello <script>window.__pwned = 1</script> there.',
    '',
    '<script>window.__pwned = 2</script>',
    '',
    '<img src=x onerror="window.__pwned = 3">',
    '',
    '<!-- a hidden comment -->',
    '',
    '[js](javascript:window.__pwned=4) [JS](JaVaScRiPt:window.__pwned=5) [entity](&#106;avascript:window.__pwned=6)',
    '',
    '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD03PC9zY3JpcHQ+) [vb](vbscript:msgbox) [file](file:///etc/passwd) [plain http](http://example.org)',
    '',
    '![remote](https://evil.example/track.png) ![inline](data:image/svg+xml,<svg onload=alert(1)>)',
    '',
    '[safe](https://www.nhs.uk/) and [in page](#heading)',
    '',
    '<a href="javascript:window.__pwned=8">raw anchor</a> <iframe src="https://evil.example"></iframe>',
    '',
    '## __pwned',
  ].join('\n');

  it('renders no script, image, iframe or comment, and keeps only https links and anchors', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(platform, 'openExternal').mockResolvedValue();
    const { container } = render(<SafeMarkdown markdown={attack} />);
    expect(container.querySelectorAll('script, img, iframe, object, embed, svg, style')).toHaveLength(0);
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name, element.outerHTML).not.toMatch(/^on/i);
        expect(attribute.value, element.outerHTML).not.toMatch(/javascript:|vbscript:|data:|file:|http:\/\//i);
      }
    }
    const comments = document.createTreeWalker(container, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode()).toBeNull();
    expect(container.textContent).not.toContain('a hidden comment');
    const hrefs = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.nhs.uk/', '#heading']);
    // Unsafe links stay readable as text, without an address.
    expect(screen.getByText('js').closest('a')).toBeNull();
    expect(screen.getByText('js')).toHaveAttribute('title', 'Link removed: only https:// web addresses are kept');
    expect(screen.getByText('[Picture not shown: remote]')).toBeInTheDocument();
    for (const name of ['js', 'JS', 'entity', 'data', 'vb', 'file', 'plain http']) await user.click(screen.getByText(name));
    await user.click(screen.getByRole('link', { name: 'safe' }));
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.nhs.uk/');
    expect(window.__pwned).toBeUndefined();
  });

  it('shifts headings below the page title and prefixes their ids so text cannot clobber globals', () => {
    render(<SafeMarkdown markdown={attack} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Heading' })).toHaveAttribute('id', 'section-heading');
    expect(screen.getByRole('heading', { level: 3, name: '__pwned' })).toHaveAttribute('id', 'section-pwned');
    expect(window.__pwned).toBeUndefined();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('puts the biggest heading of the text at the level asked for, never skipping one', () => {
    render(<SafeMarkdown markdown={'Intro\n\n## What helps\n\n### At home'} topLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What helps' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'At home' })).toBeInTheDocument();
  });

  it('keeps no unsafe address however it is written: references, autolinks, entities, tables, emphasis', () => {
    const tricky = [
      'Read [this][go], [that][], <javascript:window.__pwned=1> and ***[deep *link*](jav&#x61;script:window.__pwned=2)***.',
      '',
      '| Cell |',
      '| --- |',
      '| <img src=x onerror="window.__pwned=3"> [cell](data:text/html,hi) <https://www.nhs.uk/> |',
      '',
      '[go]: javascript:window.__pwned=4',
      '[that]: &#x64;ata:text/html,hi',
    ].join('\n');
    for (const medium of ['screen', 'print'] as const) {
      const { container, unmount } = render(<SafeMarkdown markdown={tricky} medium={medium} />);
      expect(container.querySelectorAll('script, img, iframe')).toHaveLength(0);
      expect([...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual(['https://www.nhs.uk/']);
      expect(container.textContent).toContain('deep link');
      unmount();
    }
    expect(window.__pwned).toBeUndefined();
  });

  it('on paper, prints a link’s address after its text and leaves pictures out', () => {
    const { container } = render(<SafeMarkdown markdown={'See [NHS advice](https://www.nhs.uk/sleep/) ![a chart](https://evil.example/c.png) [top](#top)'} medium="print" />);
    expect(container.textContent).toBe('See NHS advice (www.nhs.uk/sleep)  top');
    expect(container.querySelectorAll('a')).toHaveLength(1);
  });

  it('draws pipe tables as tables, with safe cells', () => {
    render(<SafeMarkdown markdown={'| Age | Sleep |\n| --- | ---: |\n| 6–12 years | **9–12** hours [NHS](https://www.nhs.uk) <b>x</b> |'} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Age', 'Sleep']);
    expect(within(table).getByRole('cell', { name: /9–12 hours NHS/ })).toHaveClass('markdown__cell--right');
    expect(table.querySelector('b')).toBeNull();
    expect(within(table).getByRole('link', { name: 'NHS' })).toHaveAttribute('href', 'https://www.nhs.uk');
  });
});

describe('the library screen', () => {
  beforeEach(async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
  });

  it('lists the built-in library, finds the screens sheet first and highlights the match', async () => {
    const user = userEvent.setup();
    withApp(<ResourcesScreen />);
    expect(await screen.findByText(`${SHIPPED_RESOURCES.length} resources`)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search resources'), 'screens');
    await screen.findByText(/resources? match “screens”/);
    const results = screen.getByRole('list', { name: 'Resources found' });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent('Screens and sleep');
    const mark = within(first).getByRole('heading', { level: 2 }).querySelector('mark');
    expect(mark?.textContent).toBe('Screens');
    expect(within(first).getByRole('link', { name: 'Screens and sleep' })).toHaveAttribute('href', `/resources/${builtInRecordId('screens-and-sleep')}`);
  });

  it('filters by theme and key stage, and hides archived resources unless asked', async () => {
    const user = userEvent.setup();
    await db.resources.update(builtInRecordId('paced-breathing'), { archived: 1 });
    withApp(<ResourcesScreen />);
    await screen.findByText(`${SHIPPED_RESOURCES.length - 1} resources`);
    await user.selectOptions(screen.getByLabelText('Theme'), 'Exam stress');
    const titles = () => within(screen.getByRole('list', { name: 'Resources found' })).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles()).toContain('Grounding with 5-4-3-2-1');
    expect(titles()).not.toContain('Paced breathing: slow your breath, calm your body');
    await user.click(screen.getByLabelText('Include archived'));
    expect(titles()).toContain('Paced breathing: slow your breath, calm your body');
    await user.selectOptions(screen.getByLabelText('Theme'), 'All themes');
    await user.selectOptions(screen.getByLabelText('Key stage or year'), 'Key stage 2 (Years 3 to 6)');
    expect(titles()).toContain('Sleep tips for Key Stage 2');
    expect(titles()).not.toContain('Sleep tips for Key Stage 4, including exam season');
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    withApp(<ResourcesScreen />);
    await screen.findByText(`${SHIPPED_RESOURCES.length} resources`);
    await user.type(screen.getByLabelText('Search resources'), 'xylophone');
    expect(await screen.findByText('0 resources match “xylophone”')).toBeInTheDocument();
    expect(screen.getByText('Try fewer words, or clear the filters.')).toBeInTheDocument();
  });
});

describe('the resource picker', () => {
  it('finds a resource, attaches it, and removes it again, without submitting the surrounding form', async () => {
    const user = userEvent.setup();
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    const submitted = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    withApp(
      <form onSubmit={submitted}>
        <ResourcePicker ownerType="activity" ownerId="activity-1" />
      </form>,
    );
    expect(await screen.findByText(/No resources attached yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Find a resource to attach'), 'caffeine{Enter}');
    expect(submitted).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Attach “Caffeine, energy drinks and sleep”' }));
    const attached = await screen.findByRole('list', { name: 'Resources attached to this activity' });
    expect(within(attached).getByRole('link', { name: 'Caffeine, energy drinks and sleep' })).toBeInTheDocument();
    expect(await db.resourceLinks.toArray()).toEqual([expect.objectContaining({ resourceId: builtInRecordId('caffeine-and-energy-drinks'), ownerType: 'activity', ownerId: 'activity-1' })]);
    // An attached resource is no longer offered.
    expect(screen.queryByRole('button', { name: 'Attach “Caffeine, energy drinks and sleep”' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove “Caffeine, energy drinks and sleep”' }));
    await waitFor(async () => expect(await db.resourceLinks.count()).toBe(0));
    expect(await screen.findByText(/No resources attached yet/)).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
  });
});

describe('the editor', () => {
  it('refuses a resource without a title or with unsafe markdown, with clear messages, and saves nothing', async () => {
    const user = userEvent.setup();
    withApp(<ResourceEditorScreen />);
    const body = await screen.findByLabelText('Text (markdown)');
    await user.click(screen.getByRole('button', { name: 'Save resource' }));
    expect(await screen.findByText('Give the resource a title.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need fixing. Nothing has been saved yet.');

    await user.type(screen.getByLabelText('Title'), 'Pasted from a website');
    await user.click(body);
    await user.paste('Hello\n\n<script>window.__pwned=1</script>\n\n[x](javascript:window.__pwned=1)');
    expect(await screen.findByText('Upstream will not save these parts of the text:')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('script')).toBeNull();
    expect(within(preview).getByText('Hello')).toBeInTheDocument();
    await user.click(within(preview).getByText('x'));
    await user.click(screen.getByRole('button', { name: 'Save resource' }));
    expect(await screen.findByText(/^Line 3: HTML tags are not allowed/, { selector: '.field__error' })).toBeInTheDocument();
    expect(window.__pwned).toBeUndefined();
    expect(await db.resources.count()).toBe(0);
  });

  it('saves a new resource with tags and sources and opens it', async () => {
    const user = userEvent.setup();
    withApp(<ResourceEditorScreen />);
    await user.type(await screen.findByLabelText('Title'), 'Our sleep letter');
    await user.selectOptions(screen.getByLabelText('Type'), 'Letter');
    await user.click(screen.getByRole('checkbox', { name: 'Sleep' }));
    await user.type(screen.getByLabelText('Tags'), 'Bedtime, letters');
    await user.click(screen.getByLabelText('Text (markdown)'));
    await user.paste('Dear families,\n\nPlease see the [NHS advice](https://www.nhs.uk/).');
    expect(within(screen.getByRole('region', { name: 'Preview' })).getByRole('link', { name: 'NHS advice' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    await user.type(screen.getByLabelText('Source title'), 'NHS: sleep tips');
    await user.type(screen.getByLabelText('Web address (optional)'), 'https://www.nhs.uk/');
    await user.click(screen.getByRole('button', { name: 'Save resource' }));
    expect(await screen.findByText('Resource page')).toBeInTheDocument();
    const [saved] = await db.resources.toArray();
    expect(saved).toMatchObject({ title: 'Our sleep letter', kind: 'letter', themes: ['sleep'], tags: ['bedtime', 'letters'], sources: [{ title: 'NHS: sleep tips', url: 'https://www.nhs.uk/' }] });
  });

  it('will not edit a built-in resource, and points to Make my copy', async () => {
    await syncBuiltInResources(db, SHIPPED_RESOURCES);
    withApp(<ResourceEditorScreen />, `/resources/${builtInRecordId('worry-time')}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: /is built in$/ })).toBeInTheDocument();
    expect(screen.getByText(/choose “Make my copy”/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Text (markdown)')).toBeNull();
  });
});

describe('keeping the built-ins in the database', () => {
  it('adds them at start-up, and again if the data is emptied (Delete all data)', async () => {
    render(
      <DatabaseProvider db={db}>
        <BuiltInResourceSync />
      </DatabaseProvider>,
    );
    await waitFor(async () => expect(await db.resources.count()).toBe(SHIPPED_RESOURCES.length), { timeout: 5000 });
    await db.transaction('rw', db.resources, () => db.resources.clear());
    await waitFor(async () => expect(await db.resources.count()).toBe(SHIPPED_RESOURCES.length), { timeout: 5000 });
    expect(await db.resources.get(builtInRecordId('screens-and-sleep'))).toMatchObject({ builtInVersion: 1 });
  });
});
