import { TABLE_LABELS, tableLabel } from '@shared/backup';

/** Table order in the preview: the school's words first, then any table not yet labelled. */
const ORDER = Object.keys(TABLE_LABELS);

/**
 * What a restore will replace, table by table: how many records there are now, and how many there
 * will be after. A table that goes to nothing is called out, so it is never a surprise.
 */
export function ReplacedTables({ now, after }: { now: Record<string, number>; after: Record<string, number> }) {
  const names = [...new Set([...Object.keys(now), ...Object.keys(after)])].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return (
    <table className="data-table replaced-tables">
      <caption>What will be replaced</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">Now</th>
          <th scope="col">After restoring</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => {
          const before = now[name] ?? 0;
          const later = after[name] ?? 0;
          return (
            <tr key={name} className={before > 0 && later === 0 ? 'replaced-tables__emptied' : undefined}>
              <th scope="row">{capitalise(tableLabel(name))}</th>
              <td>{before}</td>
              <td>
                {later}
                {before > 0 && later === 0 ? ' (all removed)' : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function rank(name: string): number {
  const index = ORDER.indexOf(name);
  return index === -1 ? ORDER.length : index;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
