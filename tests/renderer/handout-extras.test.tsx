import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import { DocumentSettingsSection } from '../../renderer/src/features/workshops/DocumentSettingsSection';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

async function settingsDatabase(): Promise<UpstreamDatabase> {
  const db = new UpstreamDatabase(`extras-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', name: 'Riverside Academy', yearGroups: ['Y7'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: 'c', updatedAt: 'u' });
  return db;
}

describe('Settings: the parent handout’s QR link and picture', () => {
  it('refuses a link that is not a web page, in words, and saves nothing; then saves and removes a good one', async () => {
    const db = await settingsDatabase();
    const user = userEvent.setup();
    render(
      <DatabaseProvider db={db}>
        <DocumentSettingsSection decodes={async () => true} />
      </DatabaseProvider>,
    );
    const link = await screen.findByLabelText('Web page for the handout’s QR code');
    await user.type(link, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A QR code can only link to a web page');
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect((await db.settings.get('school'))?.handoutLink).toBeUndefined();

    await user.clear(link);
    await user.type(link, 'https://www.riverside.sch.uk/sleep');
    await user.click(screen.getByRole('button', { name: 'Save link' }));
    expect(await screen.findByText('Link saved. Parent handouts carry a QR code to it.')).toBeInTheDocument();
    expect((await db.settings.get('school'))?.handoutLink).toBe('https://www.riverside.sch.uk/sleep');

    await user.clear(link);
    await user.click(screen.getByRole('button', { name: 'Save link' }));
    expect(await screen.findByText('Link removed. Handouts have no QR code.')).toBeInTheDocument();
    expect((await db.settings.get('school'))?.handoutLink).toBeUndefined();
  });

  it('refuses a picture of the wrong type and saves a good one', async () => {
    const db = await settingsDatabase();
    const user = userEvent.setup({ applyAccept: false });
    render(
      <DatabaseProvider db={db}>
        <DocumentSettingsSection decodes={async () => true} />
      </DatabaseProvider>,
    );
    const input = await screen.findByLabelText('Add a picture to handouts');
    await user.upload(input, new File(['GIF89a'], 'bed.gif', { type: 'image/gif' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“bed.gif” is not a PNG, JPEG or SVG image.');
    expect((await db.settings.get('school'))?.handoutPictureDataUrl).toBeUndefined();
    await user.upload(input, new File([SVG], 'bed.svg', { type: 'image/svg+xml' }));
    expect(await screen.findByRole('img', { name: 'Current picture for parent handouts' })).toBeInTheDocument();
    expect((await db.settings.get('school'))?.handoutPictureDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    await user.click(screen.getByRole('button', { name: 'Remove picture' }));
    expect(await screen.findByText('Picture removed.')).toBeInTheDocument();
    expect((await db.settings.get('school'))?.handoutPictureDataUrl).toBeUndefined();
  });
});
