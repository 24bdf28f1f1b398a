import { Link } from 'react-router-dom';
import { useAutomaticBackupResult } from './automatic-status';

/** A failed automatic backup, shown until a later one succeeds. Renders nothing otherwise. */
export function AutomaticBackupAlert({ showSettingsLink = false }: { showSettingsLink?: boolean }) {
  const result = useAutomaticBackupResult();
  if (!result || result.ok) return null;
  const when = new Date(result.at).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="notice notice--error" role="alert">
      <p>
        The automatic backup on {when} failed: {result.message} Upstream will try again tomorrow and when you quit.{' '}
        {showSettingsLink ? (
          <>
            Until one succeeds, use <Link to="/settings">Back up now in Settings</Link>.
          </>
        ) : (
          'Until one succeeds, use Back up now.'
        )}
      </p>
    </div>
  );
}
