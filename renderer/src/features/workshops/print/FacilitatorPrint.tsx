import { formatWeekday } from '@shared/calendar';
import { yearGroupsSummary, type SchoolSettings } from '@shared/domain';
import { agendaTimings, slotWarning, totalSummary } from '@shared/workshop-plan';
import { WORKSHOP_AUDIENCE_LABELS } from '../labels';
import type { WorkshopPrintData } from '../queries';
import { Masthead, TextBlock, type LogoState } from './PrintParts';
import { WorkshopPrintView } from './WorkshopPrintView';

/** The facilitators' minute-by-minute plan (A4): agenda with clock times, notes, materials, checklist. */
export function FacilitatorPrint() {
  return <WorkshopPrintView documentName="facilitator plan" render={(props) => <FacilitatorPlan {...props} />} />;
}

function FacilitatorPlan({ data, settings, logo }: { data: WorkshopPrintData; settings: SchoolSettings; logo: LogoState }) {
  const { plan, resources, partners, campaign } = data;
  const timings = agendaTimings(plan.agenda, plan.startTime);
  const warning = slotWarning(timings.totalMinutes, plan.slotMinutes);
  const people = [...plan.facilitators, ...partners.map((p) => p.name)];
  const audience = `${WORKSHOP_AUDIENCE_LABELS[plan.audience]}${plan.yearGroups.length > 0 ? ` (${yearGroupsSummary(plan.yearGroups)})` : ''}`;
  return (
    <article className="workshop-print workshop-print--facilitator">
      <Masthead schoolName={settings.name} logo={logo} label="Facilitator plan" />
      <h1 dir="auto">{plan.title}</h1>
      <dl className="print-facts">
        <dt>Date</dt>
        <dd>{plan.date ? formatWeekday(plan.date) : 'Not set yet'}</dd>
        <dt>Time</dt>
        <dd>{plan.startTime ? `${plan.startTime} to ${timings.endClock}` : 'Start time not set: timings below count from the start'}</dd>
        <dt>Length</dt>
        <dd>{totalSummary(timings.totalMinutes, plan.slotMinutes)}</dd>
        {plan.venue ? (
          <>
            <dt>Venue</dt>
            <dd dir="auto">{plan.venue}</dd>
          </>
        ) : null}
        <dt>Audience</dt>
        <dd>{audience}</dd>
        {people.length > 0 ? (
          <>
            <dt>Facilitators</dt>
            <dd dir="auto">{people.join(', ')}</dd>
          </>
        ) : null}
        {campaign ? (
          <>
            <dt>Campaign</dt>
            <dd dir="auto">{campaign.title}</dd>
          </>
        ) : null}
      </dl>
      {warning ? <p className="print-warning">{warning}</p> : null}

      {plan.objectives.length > 0 ? (
        <section aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">Learning objectives</h2>
          <ul>
            {plan.objectives.map((o) => (
              <li key={o} dir="auto">
                {o}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        {plan.agenda.length === 0 ? (
          <p>No agenda sections yet.</p>
        ) : (
          <table className="print-agenda">
            <colgroup>
              <col className="print-agenda__time" />
              <col className="print-agenda__what" />
              <col className="print-agenda__notes" />
              <col className="print-agenda__materials" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Section and what happens</th>
                <th scope="col">Facilitator notes</th>
                <th scope="col">Materials</th>
              </tr>
            </thead>
            <tbody>
              {timings.sections.map(({ section, startClock, endClock, startOffset, endOffset }) => (
                <tr key={section.id}>
                  <td className="nowrap">
                    <strong>{startClock ? `${startClock}–${endClock}` : `${startOffset}–${endOffset} min`}</strong>
                    <br />
                    <span className="print-agenda__minutes">{section.minutes} min</span>
                  </td>
                  <td>
                    <strong dir="auto">{section.title}</strong>
                    {section.whatHappens ? <TextBlock text={section.whatHappens} /> : null}
                  </td>
                  <td>{section.facilitatorNotes ? <TextBlock text={section.facilitatorNotes} /> : null}</td>
                  <td>{section.materials ? <TextBlock text={section.materials} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {plan.agenda.length > 0 ? (
          <p className="print-agenda__total">
            {timings.endClock ? `Ends at ${timings.endClock}. ` : ''}
            {totalSummary(timings.totalMinutes, plan.slotMinutes)}
          </p>
        ) : null}
      </section>

      {plan.materialsChecklist.length > 0 ? (
        <section aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">Materials checklist</h2>
          <ul className="print-checklist">
            {plan.materialsChecklist.map((m) => (
              <li key={m.item} className={m.done ? 'print-checklist__done' : undefined} dir="auto">
                <span className="print-checklist__box" aria-hidden="true" />
                {m.item}
                {m.done ? <span className="visually-hidden"> (ready)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {resources.length > 0 ? (
        <section aria-labelledby="handouts-heading">
          <h2 id="handouts-heading">Handouts to bring</h2>
          <ul>
            {resources.map((r) => (
              <li key={r.id} dir="auto">
                {r.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {(plan.keyMessages ?? []).length > 0 ? (
        <section aria-labelledby="messages-heading">
          <h2 id="messages-heading">Key messages to land</h2>
          <ul>
            {(plan.keyMessages ?? []).map((m) => (
              <li key={m} dir="auto">
                {m}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.followUp ? (
        <section aria-labelledby="followup-heading">
          <h2 id="followup-heading">Follow-up</h2>
          <TextBlock text={plan.followUp} />
        </section>
      ) : null}

      <section aria-labelledby="signposting-heading">
        <h2 id="signposting-heading">Signposting and safeguarding</h2>
        {plan.signposting ? <TextBlock text={plan.signposting} /> : null}
        <ul>
          <li dir="auto">Mental Health Support Team: {settings.mhstContact?.trim() || 'not set in Settings yet'}</li>
          <li dir="auto">Designated Safeguarding Lead: {settings.dslContact?.trim() || 'not set in Settings yet'}</li>
          <li>NHS 111 · Childline 0800 1111 · Samaritans 116 123 · Shout: text SHOUT to 85258</li>
        </ul>
        <p>Any disclosure or safeguarding concern goes to the DSL the same day through the school’s safeguarding system, never into Upstream.</p>
      </section>
    </article>
  );
}
