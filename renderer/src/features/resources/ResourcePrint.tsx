import { useParams } from 'react-router-dom';
import { fillPlaceholders } from '@shared/builtin-resources';
import { formatDateLong } from '@shared/calendar';
import { withoutRepeatedTitle } from '@shared/markdown-safety';
import { PrintDocument } from '../../print/PrintDocument';
import { useSchoolSettings } from '../settings/queries';
import { AUDIENCE_LABELS, KIND_LABELS } from './labels';
import { placeholderValues, useResource } from './queries';
import { SafeMarkdown } from '../../ui/SafeMarkdown';
import './resources.css';

/** One resource as a clean A4 handout: the school's name in the page header, sources at the end. */
export function ResourcePrint() {
  const { resourceId } = useParams();
  const settings = useSchoolSettings();
  const resource = useResource(resourceId);
  if (!settings || resource === undefined) return <p role="status">Loading…</p>;
  if (resource === null) {
    return (
      <PrintDocument title="Resource not found" schoolName={settings.name} ready>
        <h1>Resource not found</h1>
        <p>It may have been removed from the library.</p>
      </PrintDocument>
    );
  }
  const body = fillPlaceholders(withoutRepeatedTitle(resource.bodyMarkdown, resource.title), placeholderValues(settings));
  const audiences = resource.audiences.map((a) => AUDIENCE_LABELS[a].toLowerCase());
  return (
    <PrintDocument title={resource.title} schoolName={settings.name} ready>
      <article className="resource-print">
        <h1>{resource.title}</h1>
        <p className="print-lede">
          {settings.name} · {KIND_LABELS[resource.kind]}
          {audiences.length > 0 ? ` for ${audiences.join(', ').replace(/, ([^,]*)$/, ' and $1')}` : ''}
        </p>
        <SafeMarkdown markdown={body} medium="print" className="markdown resource-print__body" />
        {resource.sources.length > 0 ? (
          <section className="resource-print__sources" aria-labelledby="print-sources">
            <h2 id="print-sources">Sources</h2>
            <ol>
              {resource.sources.map((source, i) => (
                <li key={i}>
                  {source.title}
                  {source.url ? (
                    <>
                      <br />
                      <span className="resource-print__url">{source.url}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <p className="print-footnote">
          Printed from Upstream on {formatDateLong(new Date())}.{resource.builtInId ? ' From the built-in resource library.' : ''}
        </p>
      </article>
    </PrintDocument>
  );
}
