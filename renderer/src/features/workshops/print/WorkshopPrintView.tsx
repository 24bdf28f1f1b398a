import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { SchoolSettings } from '@shared/domain';
import { PrintDocument } from '../../../print/PrintDocument';
import { useSchoolSettings } from '../../settings/queries';
import { useWorkshopPrintData, type WorkshopPrintData } from '../queries';
import { PlanMissing } from './PlanMissing';
import { usePrintReady, useLogo, type LogoState } from './PrintParts';
import './workshop-print.css';

export interface WorkshopDocumentProps {
  data: WorkshopPrintData;
  settings: SchoolSettings;
  logo: LogoState;
  /** The handout picture from Settings, decoded (or given up on) before printing. */
  picture: LogoState;
}

/**
 * The frame every workshop document shares: loads the plan named in the route, the school's
 * settings and logo, and marks the page ready to print once all three are in.
 */
export function WorkshopPrintView({ documentName, render }: { documentName: string; render: (props: WorkshopDocumentProps) => ReactNode }) {
  const { planId } = useParams();
  const data = useWorkshopPrintData(planId);
  const settings = useSchoolSettings();
  const logo = useLogo(settings?.logoDataUrl);
  const picture = useLogo(settings?.handoutPictureDataUrl);
  const ready = usePrintReady(data !== undefined && !!settings && picture.state !== 'loading', logo);
  if (data === undefined || !settings) return <p role="status">Loading…</p>;
  if (data === null) return <PlanMissing schoolName={settings.name} />;
  return (
    <PrintDocument title={`${data.plan.title}: ${documentName}`} schoolName={settings.name} ready={ready}>
      {render({ data, settings, logo, picture })}
    </PrintDocument>
  );
}
