import { safeLinkTarget } from '@shared/markdown-safety';
import { platform } from '../../platform';

/** A resource's sources, each linked when it has a safe https address (opened outside Upstream). */
export function SourceList({ sources }: { sources: { title: string; url?: string }[] }) {
  if (sources.length === 0) return <p className="form-section__lede">No sources listed.</p>;
  return (
    <ol className="source-list">
      {sources.map((source, i) => {
        const url = source.url ? safeLinkTarget(source.url) : null;
        return (
          <li key={i}>
            {url && !url.startsWith('#') ? (
              <a
                href={url}
                rel="noopener noreferrer"
                onClick={(event) => {
                  event.preventDefault();
                  platform.openExternal(url).catch(() => undefined);
                }}
              >
                {source.title}
                <span className="visually-hidden"> (opens in your browser)</span>
              </a>
            ) : (
              source.title
            )}
          </li>
        );
      })}
    </ol>
  );
}
