/** A write refused before anything was stored: field paths to plain-English messages. */
export class TrendsValidationError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors)[0] ?? 'Some fields need fixing.');
  }
}
