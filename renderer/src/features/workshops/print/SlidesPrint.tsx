import { formatWeekday } from '@shared/calendar';
import type { SchoolSettings } from '@shared/domain';
import { agendaTimings } from '@shared/workshop-plan';
import { NATIONAL_HELPLINES } from '../labels';
import type { WorkshopPrintData } from '../queries';
import { TextBlock, whenAndWhere, type LogoState } from './PrintParts';
import { WorkshopPrintView } from './WorkshopPrintView';

const MESSAGES_PER_SLIDE = 3;

/**
 * Slides for an assembly or a workshop (16:9 pages, large type, one idea per page): a title slide,
 * one slide per agenda section (its title and what happens), the key messages three to a slide, and
 * where to get help.
 */
export function SlidesPrint() {
  return <WorkshopPrintView documentName="slides" render={(props) => <Slides {...props} />} />;
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
