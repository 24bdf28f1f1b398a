import type { SchoolSettings } from '@shared/domain';
import type { DeckSlide } from '@shared/slide-deck';
import { workshopDeck } from '../deck';
import type { WorkshopPrintData } from '../queries';
import type { LogoState } from './PrintParts';
import { WorkshopPrintView } from './WorkshopPrintView';
import './slides.css';

/**
 * Slides for a hall (16:9, full bleed, large type, one idea per slide): the deck of
 * @shared/slide-deck drawn for the projector. The PowerPoint export draws the same deck.
 * Speaker notes are not shown: they go in the PowerPoint file's notes.
 */
export function SlidesPrint() {
  return <WorkshopPrintView documentName="slides" render={(props) => <Slides {...props} />} />;
}

function Slides({ data, settings, logo }: { data: WorkshopPrintData; settings: SchoolSettings; logo: LogoState }) {
  const deck = workshopDeck(data, settings);
  return (
    <div className="slides">
      {deck.map((slide, index) => (
        <Slide key={index} slide={slide} index={index} logo={logo} />
      ))}
    </div>
  );
}

function Slide({ slide, index, logo }: { slide: DeckSlide; index: number; logo: LogoState }) {
  const headingId = `slide-${index}`;
  switch (slide.kind) {
    case 'title':
      return (
        <section className="slide slide--title" aria-labelledby={headingId}>
          {logo.state === 'ready' ? (
            <div className="slide__logo-panel">
              <img className="slide__logo" src={logo.src} alt={`${slide.schoolName} logo`} />
            </div>
          ) : null}
          <p className="slide__school" dir="auto">
            {slide.schoolName}
          </p>
          <h1 id={headingId} dir="auto">
            {slide.heading}
          </h1>
          {slide.subtitle ? <p className="slide__subtitle">{slide.subtitle}</p> : null}
        </section>
      );
    case 'content':
      return (
        <section className={`slide slide--content${slide.paragraphs.length === 0 ? ' slide--statement' : ''}`} aria-labelledby={headingId}>
          <h2 id={headingId} dir="auto">
            {slide.heading}
          </h2>
          {slide.paragraphs.map((p, i) => (
            <p key={i} className={`slide__text${slide.large ? ' slide__text--large' : ''}`} dir="auto">
              {p}
            </p>
          ))}
        </section>
      );
    case 'messages':
      return (
        <section className="slide slide--messages" aria-labelledby={headingId}>
          <h2 id={headingId}>{slide.heading}</h2>
          <ul className="slide__list">
            {slide.bullets.map((m, i) => (
              <li key={i} dir="auto">
                {m}
              </li>
            ))}
          </ul>
        </section>
      );
    case 'help':
      return (
        <section className="slide slide--help" aria-labelledby={headingId}>
          <h2 id={headingId} dir="auto">
            {slide.heading}
          </h2>
          <div className="slide__help-columns">
            {slide.intro.length > 0 || slide.school.length > 0 ? (
              <div className={`slide__help-school${slide.helplines.length === 0 ? ' slide__help-school--alone' : ''}`}>
                {slide.intro.map((p, i) => (
                  <p key={i} dir="auto">
                    {p}
                  </p>
                ))}
                {slide.school.map((c) => (
                  <p key={c.label} dir="auto">
                    <strong>{c.label}</strong>
                    <br />
                    {c.value}
                  </p>
                ))}
              </div>
            ) : null}
            {slide.helplines.length > 0 ? (
              <ul className="slide__helplines">
                {slide.helplines.map((line) => (
                  <li key={line.name}>
                    <strong>{line.name}</strong> {line.how}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          {slide.emergency ? <p className="slide__emergency">{slide.emergency}</p> : null}
        </section>
      );
  }
}
