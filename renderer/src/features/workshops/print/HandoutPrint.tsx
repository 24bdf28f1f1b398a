import { formatWeekday } from '@shared/calendar';
import { yearGroupsSummary } from '@shared/domain';
import { isHandoutLink } from '@shared/handout-link';
import { agendaTimings } from '@shared/workshop-plan';
import { qrSvgDataUrl } from '../../../print/qr';
import type { WorkshopPrintData } from '../queries';
import { Masthead, PrintMarkdown, TextBlock, WhereToGetHelp, whenAndWhere } from './PrintParts';
import { WorkshopPrintView, type WorkshopDocumentProps } from './WorkshopPrintView';

/** Who a handout is for, as its masthead says it. */
export function handoutLabel(plan: WorkshopPrintData['plan']): string {
  if (plan.audience === 'parents') return 'Workshop for parents and carers';
  if (plan.audience === 'staff') return 'Staff briefing';
  return plan.yearGroups.length > 0 ? `Workshop for ${yearGroupsSummary(plan.yearGroups)}` : 'Workshop for pupils';
}

/** "18:00 to 19:00", when the plan has a start time. */
export function handoutTime(plan: WorkshopPrintData['plan']): string | undefined {
  return plan.startTime ? `${plan.startTime} to ${agendaTimings(plan.agenda, plan.startTime).endClock}` : undefined;
}

/** The web address as people would type it: no "https://", no trailing slash. */
export const shownLink = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The handout families take home (A4): what the workshop covers, key messages, tips, where to get help. */
export function HandoutPrint() {
  return <WorkshopPrintView documentName="handout" render={(props) => <Handout {...props} />} />;
}

function Handout({ data, settings, logo, picture }: WorkshopDocumentProps) {
  const { plan, resources, partners } = data;
  const people = [...plan.facilitators, ...partners.map((p) => p.name)];
  const link = isHandoutLink(settings.handoutLink) ? settings.handoutLink : undefined;
  return (
    <article className="workshop-print workshop-print--handout">
      <Masthead schoolName={settings.name} logo={logo} label={handoutLabel(plan)} />
      {picture.state === 'ready' ? <img className="print-picture" src={picture.src} alt="" /> : null}
      <h1 dir="auto">{plan.title}</h1>
      <p className="print-lede">{whenAndWhere({ date: plan.date ? formatWeekday(plan.date) : undefined, time: handoutTime(plan), venue: plan.venue }) || 'Date to be confirmed'}</p>
      {people.length > 0 ? (
        <p className="print-meta" dir="auto">
          With {people.join(', ')}
        </p>
      ) : null}

      <section aria-labelledby="covers-heading">
        <h2 id="covers-heading">What the workshop covers</h2>
        {plan.summary ? <TextBlock text={plan.summary} /> : null}
        {plan.agenda.length > 0 ? (
          <ol className="print-covers">
            {plan.agenda.map((section) => (
              <li key={section.id}>
                <strong dir="auto">{section.title}</strong>
                {section.whatHappens ? <TextBlock text={section.whatHappens} className="print-covers__detail" /> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>The agenda for this workshop has not been written yet.</p>
        )}
        {plan.objectives.length > 0 ? (
          <div className="print-keep">
            <h3>By the end, you will</h3>
            <ul>
              {plan.objectives.map((objective) => (
                <li key={objective} dir="auto">
                  {objective}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {(plan.keyMessages ?? []).length > 0 ? (
        <section aria-labelledby="messages-heading" className="print-key-messages">
          <h2 id="messages-heading">Key messages</h2>
          <ul>
            {(plan.keyMessages ?? []).map((message) => (
              <li key={message} dir="auto">
                {message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {resources.length > 0 ? (
        <section aria-labelledby="tips-heading">
          <h2 id="tips-heading">Tips to try at home</h2>
          {resources.map((resource) => (
            <section key={resource.id} className="print-resource" aria-label={resource.title}>
              <h3 dir="auto">{resource.title}</h3>
              <PrintMarkdown markdown={resource.bodyMarkdown} title={resource.title} settings={settings} />
              {resource.sources.length > 0 ? (
                <p className="print-sources">
                  Sources: {resource.sources.map((s) => (s.url ? `${s.title} (${s.url.replace(/^https:\/\//, '')})` : s.title)).join('; ')}
                </p>
              ) : null}
            </section>
          ))}
        </section>
      ) : null}

      {link ? (
        <aside className="print-qr" aria-labelledby="qr-heading">
          <img className="print-qr__code" src={qrSvgDataUrl(link)} alt={`QR code for ${shownLink(link)}`} />
          <h2 id="qr-heading">Find out more</h2>
          <p>Scan the code with your phone’s camera, or go to</p>
          <p className="print-qr__link">{shownLink(link)}</p>
        </aside>
      ) : null}

      <WhereToGetHelp settings={settings} signposting={plan.signposting} />
      <p className="print-footnote">This handout gives general information, not medical advice: if you are worried about your child’s health, speak to your GP.</p>
    </article>
  );
}
