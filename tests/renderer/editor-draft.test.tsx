import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import { draftStore } from '../../renderer/src/db/drafts';
import { EditorDraftControls, useEditorDraft } from '../../renderer/src/ui/EditorDraft';

configure({ asyncUtilTimeout: 5_000 });

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`drafts-ui-${crypto.randomUUID()}`);
  await db.open();
});

/** The smallest editor: one field, saved by a button. */
function NoteEditor() {
  const [text, setText] = useState('first');
  const unsaved = useEditorDraft('note:1', { text }, (restored) => setText(restored.text));
  return (
    <>
      <EditorDraftControls draft={unsaved} what="note" />
      <label>
        Note <input value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={unsaved.markSaved}>
        Save
      </button>
      <Link to="/elsewhere">Elsewhere</Link>
    </>
  );
}

function renderApp(path = '/note') {
  const router = createMemoryRouter(
    [
      { path: '/note', element: <NoteEditor /> },
      { path: '/elsewhere', element: <Link to="/note">Back to the note</Link> },
    ],
    { initialEntries: [path] },
  );
  render(
    <DatabaseProvider db={db}>
      <RouterProvider router={router} />
    </DatabaseProvider>,
  );
  return router;
}

describe('drafts and the leave guard', () => {
  // Typing and IndexedDB on a busy machine: give each story room.
  it('keeps typed work as a draft, asks before leaving, and offers it back on return', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.type(screen.getByLabelText('Note'), ' and more');
    await waitFor(async () => expect((await draftStore.read(db.name, 'note:1'))?.value).toEqual({ text: 'first and more' }));

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/note');
    expect(screen.getByLabelText('Note')).toHaveValue('first and more');

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));

    await user.click(screen.getByRole('link', { name: 'Back to the note' }));
    expect(await screen.findByRole('region', { name: 'Unsaved draft' })).toBeVisible();
    expect(screen.getByLabelText('Note')).toHaveValue('first');
    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(screen.getByLabelText('Note')).toHaveValue('first and more');
  });

  it('forgets the draft when it is discarded, and leaves without asking once saved', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await draftStore.write(db.name, 'note:1', { text: 'left over' });
    const router = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(async () => expect(await draftStore.read(db.name, 'note:1')).toBeUndefined());

    await user.type(screen.getByLabelText('Note'), '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await draftStore.read(db.name, 'note:1')).toBeUndefined();
  });

  it('drops a stored draft that matches what the editor opened with', async () => {
    await draftStore.write(db.name, 'note:1', { text: 'first' });
    renderApp();
    await waitFor(async () => expect(await draftStore.read(db.name, 'note:1')).toBeUndefined());
    expect(screen.queryByRole('region', { name: 'Unsaved draft' })).toBeNull();
  });

  it('asks before the window closes or reloads only while there are unsaved changes', async () => {
    const user = userEvent.setup();
    renderApp();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    await user.type(screen.getByLabelText('Note'), '?');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
