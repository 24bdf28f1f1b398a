import { describe, expect, it } from 'vitest';
import { MAX_SAVE_BYTES, saveFileRequestSchema } from '../../shared/ipc';

const request = (patch: Record<string, unknown>) => ({ suggestedName: 'Term dates.pdf', data: 'x', mimeType: 'application/pdf', ...patch });

describe('save file payloads', () => {
  it.each(['.', '..', ' .. ', 'CON', 'con.txt', 'LPT1.pdf', 'nul'])('refuses the file name %j', (suggestedName) => {
    expect(saveFileRequestSchema.safeParse(request({ suggestedName })).success).toBe(false);
  });

  it.each(['Term dates.pdf', '2026-12-03 Sleep well - calendar.ics', 'Console notes.txt', '.hidden'])('accepts the file name %j', (suggestedName) => {
    expect(saveFileRequestSchema.safeParse(request({ suggestedName })).success).toBe(true);
  });

  it('measures text in UTF-8 bytes, not characters', () => {
    // Each "€" is 3 bytes in UTF-8: a quarter of the limit in characters fits, a third plus one does not.
    const atLimit = '€'.repeat(MAX_SAVE_BYTES / 4);
    expect(saveFileRequestSchema.safeParse(request({ data: atLimit })).success).toBe(true);
    const overLimit = '€'.repeat(Math.floor(MAX_SAVE_BYTES / 3) + 1);
    expect(saveFileRequestSchema.safeParse(request({ data: overLimit })).success).toBe(false);
    // Strings of hundreds of megabytes: seconds on a busy machine.
  }, 60_000);
});
