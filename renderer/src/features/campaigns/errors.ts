/**
 * Turning a failed save, delete or copy into words a wellbeing lead can act on. Messages our own
 * code throws (plain Errors such as "That campaign no longer exists.", template problems) are shown;
 * database errors become advice, never a stack trace or a Dexie error name.
 */
import { ValidationError } from './queries';

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  if (name === 'QuotaExceededError' || (typeof inner === 'object' && inner !== null && (inner as { name?: unknown }).name === 'QuotaExceededError')) return 'QuotaExceededError';
  return typeof name === 'string' ? name : undefined;
}

/** `fallback` says what failed ("Upstream could not delete the campaign."); the result adds why or what to do. */
export function describeError(error: unknown, fallback: string): string {
  if (error instanceof ValidationError) return `${fallback} Some details need fixing first.`;
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return `${fallback} This computer is running out of space for Upstream’s data: free some disk space, then try again. Nothing was changed.`;
    case 'DatabaseClosedError':
    case 'InvalidStateError':
      return `${fallback} Upstream lost touch with its data: close and reopen Upstream, then try again.`;
    case 'Error':
      return (error as Error).message || fallback;
    case 'FileFormatError':
      return `${fallback} ${(error as Error).message}`;
    default:
      return `${fallback} Nothing was changed. Try again.`;
  }
}
