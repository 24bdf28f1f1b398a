import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';

const freshName = () => `app-${crypto.randomUUID()}`;

describe('App', () => {
  it('greets a new lead, refuses an empty name, then opens the dashboard once the school is set up', async () => {
    const user = userEvent.setup();
    render(<App databaseName={freshName()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Upstream' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start using Upstream' }));
    expect(await screen.findByText('Enter your school’s name.')).toBeInTheDocument();
    expect(screen.getByLabelText('School name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('School name'), 'Riverside Academy');
    await user.click(screen.getByRole('button', { name: 'Start using Upstream' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Dashboard', 'Campaigns', 'Workshops', 'Resources', 'Trends', 'Partners', 'Settings']);
    expect(await screen.findByText('Riverside Academy')).toBeInTheDocument();
  });

  it('shows what to do, never a blank window, when the data belongs to a newer Upstream', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 9_990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    render(<App databaseName={name} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This data was saved by a newer version of Upstream' })).toBeInTheDocument();
    expect(screen.getByText(/Install the latest version/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
