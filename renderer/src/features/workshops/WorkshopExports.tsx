import { documentFileName } from '@shared/print';
import { exportProblems } from '@shared/workshop-plan';
import { useDatabase } from '../../db/DatabaseContext';
import type { UpstreamDatabase } from '../../db/database';
import type { Campaign, Resource, WorkshopPlan } from '../../db/records';
import { DOCX_FILTER, DOCX_MIME } from '../../print/docx-parts';
import { ExportFileButton, ExportProblem } from '../../print/ExportFileButton';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { pictureAsPng } from '../../print/raster';
import { SCHOOL_SETTINGS_ID } from '../settings/queries';
import { workshopDeck } from './deck';
import { WORKSHOP_DOCUMENTS, type WorkshopDocument } from './labels';
import { loadWorkshopPrintData, useLinkedResources } from './queries';

/** The file name a workshop document is saved under: "2026-12-03 Helping your child sleep well - parent handout.pdf". */
export function workshopFileName(plan: Pick<WorkshopPlan, 'date' | 'title'>, document: WorkshopDocument, extension = 'pdf'): string {
  return documentFileName(plan.date ?? '', plan.title, WORKSHOP_DOCUMENTS[document].fileLabel, extension);
}

const PPTX_FILTER = { name: 'PowerPoint presentation', extensions: ['pptx'] };
const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The saved plan and settings, read when the lead presses an export button. */
async function exportData(db: UpstreamDatabase, planId: string) {
  const [data, settings] = await Promise.all([loadWorkshopPrintData(db, planId), db.settings.get(SCHOOL_SETTINGS_ID)]);
  if (!data) throw new ExportProblem('This workshop plan no longer exists.');
  if (!settings) throw new ExportProblem('Set up your school in Settings first.');
  return { data, settings };
}

/** Resources written for pupils or staff that a parents’ handout would print as written. */
export function notForParents(plan: Pick<WorkshopPlan, 'audience'>, resources: readonly Pick<Resource, 'title' | 'audiences'>[]): string[] {
  if (plan.audience !== 'parents') return [];
  return resources.filter((r) => r.audiences.length > 0 && !r.audiences.includes('parents') && !r.audiences.includes('community')).map((r) => r.title);
}

/**
 * Export buttons for a saved plan: PDFs, and editable PowerPoint and Word files. Exports read the
 * saved plan and never change it; while the editor holds unsaved changes, or the plan cannot be
 * exported yet, the panel says why instead.
 */
export function WorkshopExports({ plan, dirty, campaign }: { plan: WorkshopPlan; dirty: boolean; campaign?: Campaign | undefined }) {
  const db = useDatabase();
  const resources = useLinkedResources(plan.id);
  const problems = exportProblems(plan);
  const pupilFacing = notForParents(plan, resources ?? []);
  return (
    <section className="form-section workshop-exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Export documents</h2>
      {problems.length > 0 ? (
        <div className="notice" role="status">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : dirty ? (
        <p className="notice" role="status">
          Save your changes first: exports use the saved plan.
        </p>
      ) : (
        <>
          <p className="form-section__lede">A4 handout for families, the minute-by-minute plan for facilitators, and 16:9 slides for the hall. PowerPoint and Word files can be edited before you use them.</p>
          {pupilFacing.length > 0 ? (
            <p className="warning" role="note">
              {pupilFacing.map((t) => `“${t}”`).join(', ')} {pupilFacing.length === 1 ? 'is' : 'are'} written for pupils or staff, not parents: the parent handout prints {pupilFacing.length === 1 ? 'it' : 'them'} as written. Attach a parent version, or
              check the wording before you send it home.
            </p>
          ) : null}
          <div className="workshop-exports__buttons">
            {(Object.keys(WORKSHOP_DOCUMENTS) as WorkshopDocument[]).map((document) => (
              <ExportPdfButton
                key={document}
                route={`/print/workshop/${plan.id}/${WORKSHOP_DOCUMENTS[document].route}`}
                kind={WORKSHOP_DOCUMENTS[document].kind}
                label={WORKSHOP_DOCUMENTS[document].button}
                suggestedName={workshopFileName(plan, document)}
              />
            ))}
          </div>
          <div className="workshop-exports__buttons">
            <ExportFileButton
              label="Slides (PowerPoint)"
              suggestedName={workshopFileName(plan, 'slides', 'pptx')}
              mimeType={PPTX_MIME}
              filter={PPTX_FILTER}
              build={async () => {
                const { data, settings } = await exportData(db, plan.id);
                const [{ buildSlidesPptx }, logo] = await Promise.all([import('./export/slides-pptx'), pictureAsPng(settings.logoDataUrl)]);
                return buildSlidesPptx(workshopDeck(data, settings), { title: data.plan.title, schoolName: settings.name, logo });
              }}
            />
            <ExportFileButton
              label="Parent handout (Word)"
              suggestedName={workshopFileName(plan, 'handout', 'docx')}
              mimeType={DOCX_MIME}
              filter={DOCX_FILTER}
              build={async () => {
                const { data, settings } = await exportData(db, plan.id);
                const [{ buildHandoutDocx }, logo, picture] = await Promise.all([import('./export/handout-docx'), pictureAsPng(settings.logoDataUrl, 600), pictureAsPng(settings.handoutPictureDataUrl, 900)]);
                return buildHandoutDocx(data, settings, { logo, picture });
              }}
            />
          </div>
        </>
      )}
      {campaign ? (
        <p className="workshop-exports__campaign">
          Part of the campaign “{campaign.title}”. <CampaignOnePagerButton campaign={campaign} />
        </p>
      ) : null}
    </section>
  );
}

/** The one-pager for senior leaders and governors, as PDF and Word; also offered on the campaign page. */
export function CampaignOnePagerButton({ campaign }: { campaign: Pick<Campaign, 'id' | 'title' | 'startDate'> }) {
  const db = useDatabase();
  return (
    <>
      <ExportPdfButton route={`/print/campaign/${campaign.id}/one-pager`} kind="a4" label="Campaign one-pager (PDF)" suggestedName={documentFileName(campaign.startDate, campaign.title, 'one-pager')} />
      <ExportFileButton
        label="Campaign one-pager (Word)"
        suggestedName={documentFileName(campaign.startDate, campaign.title, 'one-pager', 'docx')}
        mimeType={DOCX_MIME}
        filter={DOCX_FILTER}
        build={async () => {
          const [{ loadOnePagerData }, { buildOnePagerDocx }, settings] = await Promise.all([import('./print/CampaignOnePagerPrint'), import('./export/one-pager-docx'), db.settings.get(SCHOOL_SETTINGS_ID)]);
          const data = await loadOnePagerData(db, campaign.id);
          if (!data) throw new ExportProblem('This campaign no longer exists.');
          if (!settings) throw new ExportProblem('Set up your school in Settings first.');
          return buildOnePagerDocx(data, settings, await pictureAsPng(settings.logoDataUrl, 600));
        }}
      />
    </>
  );
}
