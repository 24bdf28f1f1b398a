import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fillPlaceholders } from '@shared/builtin-resources';
import { formatDateLong, formatWeekday, toIsoDate } from '@shared/calendar';
import { withoutRepeatedTitle } from '@shared/markdown-safety';
import { documentFileName } from '@shared/print';
import { SHARE_FILE_EXTENSION } from '@shared/resource-share';
import { useDatabase } from '../../db/DatabaseContext';
import type { Resource } from '../../db/records';
import { platform } from '../../platform';
import { DOCX_FILTER, DOCX_MIME } from '../../print/docx-parts';
import { ExportFileButton } from '../../print/ExportFileButton';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { pictureAsPng } from '../../print/raster';
import { PageHeader } from '../../ui/PageHeader';
import { useToasts } from '../../ui/Toasts';
import { useSchoolSettings } from '../settings/queries';
import { AUDIENCE_LABELS, KIND_LABELS, readingTime, resourceYearGroups, THEME_LABELS } from './labels';
import { buildResourcesFile, copyBuiltIn, placeholderValues, recordExport, setArchived, useResource, useResourceUses } from './queries';
import { buildResourceDocx, resourceWordFileName } from './resource-docx';
import { SafeMarkdown } from '../../ui/SafeMarkdown';
import { SourceList } from './SourceList';
import './resources.css';

export function ResourcePage() {
  const { resourceId } = useParams();
  const resource = useResource(resourceId);
  if (resource === undefined) return <p role="status">Loading…</p>;
  if (resource === null) {
    return (
      <>
        <PageHeader title="Resource not found">It may have been removed.</PageHeader>
        <Link to="/resources">Back to resources</Link>
      </>
    );
  }
  return <ResourceDetails key={resource.id} resource={resource} />;
}

function ResourceDetails({ resource }: { resource: Resource }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const toasts = useToasts();
  const settings = useSchoolSettings();
  const uses = useResourceUses(resource.id);
  const copies = useLiveQuery(async () => (resource.builtInId ? db.resources.where('copiedFromBuiltInId').equals(resource.builtInId).toArray() : []), [db, resource.builtInId]);
  const original = useLiveQuery(async () => (resource.copiedFromBuiltInId ? ((await db.resources.where('builtInId').equals(resource.copiedFromBuiltInId).first()) ?? null) : null), [db, resource.copiedFromBuiltInId]);
  const [busy, setBusy] = useState(false);
  const [shareStatus, setShareStatus] = useState<string>('');
  const builtIn = resource.builtInId !== undefined;
  const body = fillPlaceholders(withoutRepeatedTitle(resource.bodyMarkdown, resource.title), placeholderValues(settings));

  const makeCopy = async () => {
    setBusy(true);
    try {
      const id = await copyBuiltIn(db, resource);
      toasts.show({ message: `Made your copy of “${resource.title}”. Edit it as you like.` });
      navigate(`/resources/${id}/edit`);
    } finally {
      setBusy(false);
    }
  };

  const toggleArchived = async () => {
    const archive = resource.archived === 0;
    await setArchived(db, resource.id, archive);
    toasts.show({
      message: archive ? `Archived “${resource.title}”. It is hidden from searches unless you include archived resources.` : `“${resource.title}” is back in the library.`,
      action: { label: 'Undo', run: () => setArchived(db, resource.id, !archive) },
    });
  };

  const share = async () => {
    setShareStatus('');
    try {
      const info = await platform.getAppInfo();
      const { text } = await buildResourcesFile(db, [resource.id], info.version);
      const result = await platform.saveFile({
        suggestedName: documentFileName(toIsoDate(new Date()), resource.title, 'shared resources', SHARE_FILE_EXTENSION),
        data: text,
        mimeType: 'application/json',
        filters: [{ name: 'Upstream resources', extensions: [SHARE_FILE_EXTENSION] }],
      });
      if (result.status === 'saved') {
        await recordExport(db, 1);
        setShareStatus('Exported. Another school can add it with Import resources.');
      } else if (result.status === 'failed') setShareStatus(result.message);
    } catch (error) {
      setShareStatus(error instanceof Error ? error.message : 'Upstream could not export the resource.');
    }
  };

  const origin = builtIn
    ? `Built-in resource, version ${resource.builtInVersion ?? 1}`
    : resource.copiedFromBuiltInId
      ? 'Your copy of a built-in resource'
      : 'Your resource';

  return (
    <>
      <PageHeader
        title={resource.title}
        actions={
          <div className="actions-row resource-actions">
            {builtIn ? (
              <button type="button" className="button button--primary" onClick={makeCopy} disabled={busy}>
                Make my copy
              </button>
            ) : (
              <Link className="button button--primary" to={`/resources/${resource.id}/edit`}>
                Edit
              </Link>
            )}
            <ExportPdfButton route={`/print/resource/${resource.id}`} kind="a4" label="Print handout (PDF)" suggestedName={documentFileName(toIsoDate(new Date()), resource.title, KIND_LABELS[resource.kind].toLowerCase())} />
            {settings ? (
              <ExportFileButton
                label="Word document (.docx)"
                suggestedName={resourceWordFileName(resource, KIND_LABELS[resource.kind], toIsoDate(new Date()))}
                mimeType={DOCX_MIME}
                filter={DOCX_FILTER}
                build={async () => buildResourceDocx(resource, settings, await pictureAsPng(settings.logoDataUrl, 600), KIND_LABELS[resource.kind])}
              />
            ) : null}
          </div>
        }
      >
        {KIND_LABELS[resource.kind]} · {origin}
        {readingTime(resource.readingMinutes) ? ` · ${readingTime(resource.readingMinutes)}` : ''}
      </PageHeader>

      {resource.archived ? <p className="notice resource-notice">This resource is archived: it is hidden from searches and from the resource picker.</p> : null}
      {resource.builtInRemovedAt ? (
        <p className="notice resource-notice">This version of Upstream no longer includes this resource. It is kept because activities or workshop plans use it.</p>
      ) : null}

      <div className="resource-layout">
        <article className="resource-body" aria-label={resource.title}>
          <SafeMarkdown markdown={body} />
        </article>
        <aside className="resource-aside" aria-label="About this resource">
          <section className="form-section">
            <h2>About</h2>
            <dl className="facts facts--stacked">
              <dt>For</dt>
              <dd>{resource.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ') || 'Not set'}</dd>
              <dt>Year groups</dt>
              <dd>{resourceYearGroups(resource)}</dd>
              <dt>Themes</dt>
              <dd>{resource.themes.map((t) => THEME_LABELS[t]).join(', ') || 'Not set'}</dd>
              <dt>Tags</dt>
              <dd>
                {resource.tags.length > 0 ? (
                  <ul className="tag-list">
                    {resource.tags.map((tag) => (
                      <li key={tag} className="badge">
                        {tag}
                      </li>
                    ))}
                  </ul>
                ) : (
                  'None'
                )}
              </dd>
              {builtIn ? null : (
                <>
                  <dt>Last changed</dt>
                  <dd>{formatDateLong(new Date(resource.updatedAt))}</dd>
                </>
              )}
            </dl>
            {builtIn ? (
              <p className="form-section__lede">
                Built-in resources are read-only and are updated with Upstream. Make your own copy to change the wording; updates never touch your copies.
              </p>
            ) : null}
            {resource.copiedFromBuiltInId ? (
              <p className="form-section__lede">
                Copied from {original ? <Link to={`/resources/${original.id}`}>{original.title}</Link> : 'a built-in resource'}.
              </p>
            ) : null}
            {copies && copies.length > 0 ? (
              <div>
                <h3>Your copies</h3>
                <ul className="plain-list">
                  {copies.map((copy) => (
                    <li key={copy.id}>
                      <Link to={`/resources/${copy.id}`}>{copy.title}</Link>
                      {copy.archived ? ' (archived)' : ''}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>

          <section className="form-section" aria-labelledby="resource-sources">
            <h2 id="resource-sources">Sources</h2>
            <SourceList sources={resource.sources} />
          </section>

          <section className="form-section" aria-labelledby="resource-uses">
            <h2 id="resource-uses">Where it is used</h2>
            {uses === undefined ? (
              <p role="status">Loading…</p>
            ) : uses.length === 0 ? (
              <p className="form-section__lede">Not attached to any activity or workshop plan yet. Attach it from an activity or a workshop plan.</p>
            ) : (
              <ul className="plain-list">
                {uses.map((use) => (
                  <li key={use.linkId}>
                    <Link to={use.path}>{use.title}</Link>
                    <span className="resource-use__context">
                      {' '}
                      {use.context}
                      {use.date ? `, ${formatWeekday(use.date)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="form-section" aria-labelledby="resource-manage">
            <h2 id="resource-manage">Share and tidy</h2>
            <div className="actions-row">
              <button type="button" className="button button--secondary button--small" onClick={share}>
                Export to share
              </button>
              <button type="button" className="button button--secondary button--small" onClick={toggleArchived}>
                {resource.archived ? 'Unarchive' : 'Archive'}
              </button>
            </div>
            <p role="status" className="resource-share__status">
              {shareStatus}
            </p>
          </section>
        </aside>
      </div>
    </>
  );
}
