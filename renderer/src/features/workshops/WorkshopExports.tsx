import { documentFileName } from '@shared/print';
import { exportProblems } from '@shared/workshop-plan';
import type { Campaign, WorkshopPlan } from '../../db/records';
import { ExportPdfButton } from '../../print/ExportPdfButton';
import { WORKSHOP_DOCUMENTS, type WorkshopDocument } from './labels';

/** The file name a workshop document is saved under: "2026-12-03 Helping your child sleep well - parent handout.pdf". */
export function workshopFileName(plan: Pick<WorkshopPlan, 'date' | 'title'>, document: WorkshopDocument): string {
  return documentFileName(plan.date ?? '', plan.title, WORKSHOP_DOCUMENTS[document].fileLabel);
}

/**
 * Export buttons for a saved plan. Exports read the saved plan and never change it; while the editor
 * holds unsaved changes, or the plan cannot be exported yet, the panel says why instead.
 */
export function WorkshopExports({ plan, dirty, campaign }: { plan: WorkshopPlan; dirty: boolean; campaign?: Campaign | undefined }) {
  const problems = exportProblems(plan);
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
          <p className="form-section__lede">A4 handout for families, the minute-by-minute plan for facilitators, and 16:9 slides with one idea per page.</p>
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

/** The one-pager for senior leaders and governors; also offered on the campaign page. */
export function CampaignOnePagerButton({ campaign }: { campaign: Pick<Campaign, 'id' | 'title' | 'startDate'> }) {
  return (
    <ExportPdfButton
      route={`/print/campaign/${campaign.id}/one-pager`}
      kind="a4"
      label="Campaign one-pager (PDF)"
      suggestedName={documentFileName(campaign.startDate, campaign.title, 'one-pager')}
    />
  );
}
