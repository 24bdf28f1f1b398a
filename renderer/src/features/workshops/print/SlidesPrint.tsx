import { useParams } from 'react-router-dom';
import { formatWeekday } from '@shared/calendar';
import type { SchoolSettings } from '@shared/domain';
import { agendaTimings } from '@shared/workshop-plan';
import { PrintDocument } from '../../../print/PrintDocument';
import { useSchoolSettings } from '../../settings/queries';
import { NATIONAL_HELPLINES } from '../labels';
import { useWorkshopPrintData, type WorkshopPrintData } from '../queries';
import { TextBlock, usePrintReady, useLogo, whenAndWhere, type LogoState } from './PrintParts';
import { PlanMissing } from './PlanMissing';
import './workshop-print.css';

const MESSAGES_PER_SLIDE = 3;

/**
 * Slides for an assembly or a workshop (16:9 pages, large type, one idea per page): a title slide,
 * one slide per agenda section (its title and what happens), the key messages three to a slide, and
 * where to get help.
 */
export function SlidesPrint() {
  const { planId } = useParams();
  const data = useWorkshopPrintData(planId);
  const settings = useSchoolSettings();
  const logo = useLogo(settings?.logoDataUrl);
  const ready = usePrintReady(data !== undefined && !!settings, logo);
  if (data === undefined || !settings) return <p role="status">Loading…</p>;
  if (data === null) return <PlanMissing schoolName={settings.name} />;
  return (
    <PrintDocument title={`${data.plan.title}: slides`} schoolName={settings.name} ready={ready}>
      <Slides data={data} settings={settings} logo={logo} />
    </PrintDocument>
  );
}

function Slides({ data, settings, logo }: { data: WorkshopPrintData; settings: SchoolSettings; logo: LogoState }) {
  const { plan } = data;
  const timings = agendaTimings(plan.agenda, plan.startTime);
  // Key messages, a few to a slide so each slide stays readable from the back of the hall.
  const keyMessages = plan.keyMessages ?? [];
  const rememberSlides = Array.from({ length: Math.ceil(keyMessages.length / MESSAGES_PER_SLIDE) }, (_, i) => keyMessages.slice(i * MESSAGES_PER_SLIDE, (i + 1) * MESSAGES_PER_SLIDE));
  return (
    <div className="slides">
      <section className="slide slide--title" aria-labelledby="slide-title">
        {logo.state === 'ready' ? <img className="slide__logo" src={logo.src} alt={`${settings.name} logo`} /> : null}
        <p className="slide__school" dir="auto">
          {settings.name}
        </p>
        <h1 id="slide-title" dir="auto">
          {plan.title}
        </h1>
        <p className="slide__subtitle">{whenAndWhere({ date: plan.date ? formatWeekday(plan.date) : undefined, time: plan.startTime, venue: plan.venue })}</p>
      </section>
      {timings.sections.map(({ section }, index) => (
        <section className="slide" key={section.id} aria-labelledby={`slide-${index}`}>
          <p className="slide__step">
            {index + 1} of {timings.sections.length}
          </p>
          <h2 id={`slide-${index}`} dir="auto">
            {section.title}
          </h2>
          {section.whatHappens ? <TextBlock text={section.whatHappens} className="slide__text" /> : null}
        </section>
      ))}
      {rememberSlides.map((messages, index) => (
        <section className="slide" key={`remember-${index}`} aria-labelledby={`slide-remember-${index}`}>
          <h2 id={`slide-remember-${index}`}>{rememberSlides.length > 1 ? `Remember (${index + 1} of ${rememberSlides.length})` : 'Remember'}</h2>
          <ul className="slide__list">
            {messages.map((m) => (
              <li key={m} dir="auto">
                {m}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="slide slide--help" aria-labelledby="slide-help">
        <h2 id="slide-help">Where to get help</h2>
        {plan.signposting ? <TextBlock text={plan.signposting} className="slide__text slide__text--small" /> : null}
        <ul className="slide__list slide__list--small">
          {NATIONAL_HELPLINES.map((line) => (
            <li key={line.name}>
              <strong>{line.name}:</strong> {line.how.replace(/ \(free\)$/, '')}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
