import { useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { agendaTimings, dropIndex, moveItem, slotWarning, totalSummary } from '@shared/workshop-plan';
import type { FieldErrors } from '@shared/school-settings';
import { FieldError } from '../../ui/Field';
import { minutesOf, type SectionState } from './editor-state';

interface AgendaEditorProps {
  sections: SectionState[];
  onChange: (sections: SectionState[]) => void;
  errors: FieldErrors;
  startTime: string;
  slotMinutes: number | undefined;
  /** Called when a section is removed (to offer Undo), with where it was. */
  onRemoved?: (section: SectionState, index: number) => void;
}

const nameOf = (section: SectionState, index: number) => (section.title.trim() ? `“${section.title.trim()}”` : `section ${index + 1}`);

/**
 * The agenda: sections with their running and clock times, the total against the slot, and
 * reordering by keyboard (Move up / Move down buttons, or Alt+Up/Down arrow anywhere in a section)
 * and by mouse (drag the handle). Focus stays on the moved section and the move is announced.
 */
export function AgendaEditor({ sections, onChange, errors, startTime, slotMinutes, onRemoved }: AgendaEditorProps) {
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ id: string; after: boolean } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** What to focus once React has put the moved section in place. */
  const pendingFocus = useRef<{ id: string; element?: Element | null; control?: string } | null>(null);

  const timings = agendaTimings(
    sections.map((s) => ({ ...s, minutes: minutesOf(s.minutesText) })),
    startTime,
  );
  const warning = slotWarning(timings.totalMinutes, slotMinutes);

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-section-id="${pending.id}"]`);
    if (!item) return;
    const wanted = pending.element && item.contains(pending.element) ? (pending.element as HTMLElement) : pending.control ? item.querySelector<HTMLElement>(`[data-control="${pending.control}"]`) : null;
    const usable = (el: HTMLElement | null | undefined) => el && !(el as HTMLButtonElement).disabled;
    const target = usable(wanted)
      ? wanted
      : (item.querySelector<HTMLElement>('[data-control="up"]:not(:disabled)') ?? item.querySelector<HTMLElement>('[data-control="down"]:not(:disabled)') ?? item.querySelector<HTMLElement>('[data-control="handle"]'));
    if (target && document.activeElement !== target) target.focus();
  });

  const move = (from: number, to: number, focus: { element?: Element | null; control?: string }) => {
    if (to < 0 || to >= sections.length || from === to) return;
    const section = sections[from]!;
    pendingFocus.current = { id: section.id, ...focus };
    onChange(moveItem(sections, from, to));
    setAnnouncement(`Moved ${nameOf(section, from)} to position ${to + 1} of ${sections.length}.`);
  };

  const update = (id: string, patch: Partial<SectionState>) => onChange(sections.map((s) => (s.id === id ? { ...s, ...patch } : s)));

  const add = () => {
    const section: SectionState = { id: crypto.randomUUID(), title: '', minutesText: '10', whatHappens: '', facilitatorNotes: '', materials: '' };
    pendingFocus.current = { id: section.id, control: 'title' };
    onChange([...sections, section]);
    setAnnouncement(`Added section ${sections.length + 1}.`);
  };

  const remove = (index: number) => {
    const section = sections[index]!;
    onChange(sections.filter((s) => s.id !== section.id));
    setAnnouncement(`Removed ${nameOf(section, index)}.`);
    onRemoved?.(section, index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1), { element: document.activeElement });
  };

  const dragOver = (event: DragEvent<HTMLLIElement>, id: string) => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (dropTarget?.id !== id || dropTarget.after !== after) setDropTarget({ id, after });
  };

  const drop = (event: DragEvent<HTMLLIElement>, overIndex: number) => {
    if (dragging === null) return;
    event.preventDefault();
    const from = sections.findIndex((s) => s.id === dragging);
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    setDragging(null);
    setDropTarget(null);
    if (from === -1) return;
    move(from, dropIndex(from, overIndex, after), { control: 'handle' });
  };

  return (
    <div className="agenda-editor">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {sections.length === 0 ? (
        <p className="agenda-editor__empty">No sections yet. You can save the plan like this, but the handout, facilitator plan and slides need at least one section.</p>
      ) : (
        <ol className="agenda-editor__list" ref={listRef} aria-label="Agenda sections">
          {sections.map((section, index) => {
            const timing = timings.sections[index]!;
            const dropClass = dropTarget?.id === section.id && dragging !== section.id ? ` agenda-section--drop-${dropTarget.after ? 'after' : 'before'}` : '';
            return (
              <li
                key={section.id}
                className={`agenda-section${dragging === section.id ? ' agenda-section--dragging' : ''}${dropClass}`}
                data-section-id={section.id}
                onKeyDown={(e) => onKeyDown(e, index)}
                onDragOver={(e) => dragOver(e, section.id)}
                onDragLeave={() => setDropTarget((t) => (t?.id === section.id ? null : t))}
                onDrop={(e) => drop(e, index)}
              >
                <div className="agenda-section__bar">
                  <button
                    type="button"
                    className="agenda-section__handle"
                    data-control="handle"
                    draggable
                    aria-label={`Reorder ${nameOf(section, index)}: drag, or press Alt with the up or down arrow`}
                    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                    onDragStart={(e) => {
                      e.dataTransfer.effectAllowed = 'move';
                      e.dataTransfer.setData('text/plain', section.id);
                      const item = e.currentTarget.closest('li');
                      if (item) e.dataTransfer.setDragImage(item, 24, 24);
                      setDragging(section.id);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setDropTarget(null);
                    }}
                  >
                    <span aria-hidden="true">⋮⋮</span>
                  </button>
                  <h3 className="agenda-section__heading">
                    <span className="agenda-section__number">{index + 1}.</span> {section.title.trim() || 'Untitled section'}
                  </h3>
                  <p className="agenda-section__time">
                    {timing.startClock ? (
                      <>
                        <span className="nowrap">
                          {timing.startClock}–{timing.endClock}
                        </span>{' '}
                        ·{' '}
                      </>
                    ) : null}
                    <span className="nowrap">
                      {timing.startOffset}–{timing.endOffset} min
                    </span>
                  </p>
                  <div className="agenda-section__moves">
                    <button type="button" className="button button--small button--quiet" data-control="up" disabled={index === 0} aria-label={`Move ${nameOf(section, index)} up`} onClick={() => move(index, index - 1, { control: 'up' })}>
                      <span aria-hidden="true">↑</span> Up
                    </button>
                    <button type="button" className="button button--small button--quiet" data-control="down" disabled={index === sections.length - 1} aria-label={`Move ${nameOf(section, index)} down`} onClick={() => move(index, index + 1, { control: 'down' })}>
                      <span aria-hidden="true">↓</span> Down
                    </button>
                    <button type="button" className="button button--small button--quiet" aria-label={`Remove ${nameOf(section, index)}`} onClick={() => remove(index)}>
                      Remove
                    </button>
                  </div>
                </div>
                <SectionFields section={section} index={index} errors={errors} onChange={(patch) => update(section.id, patch)} />
              </li>
            );
          })}
        </ol>
      )}
      <p className={`agenda-editor__total${warning ? ' agenda-editor__total--over' : ''}`} aria-live="polite">
        {totalSummary(timings.totalMinutes, slotMinutes)}
        {timings.endClock && sections.length > 0 ? ` Ends at ${timings.endClock}.` : ''}
      </p>
      {warning ? <p className="warning">{warning}</p> : null}
      <button type="button" className="button button--secondary" onClick={add}>
        Add a section
      </button>
    </div>
  );
}

function SectionFields({ section, index, errors, onChange }: { section: SectionState; index: number; errors: FieldErrors; onChange: (patch: Partial<SectionState>) => void }) {
  const id = useId();
  const titleError = errors[`agenda.${section.id}.title`];
  const minutesError = errors[`agenda.${section.id}.minutes`];
  const prefix = <span className="visually-hidden">Section {index + 1} </span>;
  return (
    <div className="agenda-section__fields">
      <div className="agenda-section__row">
        <div className={`field${titleError ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-title`}>{prefix}Title</label>
          <input
            id={`${id}-title`}
            data-control="title"
            value={section.title}
            onChange={(e) => onChange({ title: e.target.value })}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
          />
          <FieldError id={`${id}-title-error`} message={titleError} />
        </div>
        <div className={`field field--narrow${minutesError ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-minutes`}>{prefix}Minutes</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            step={1}
            value={section.minutesText}
            onChange={(e) => onChange({ minutesText: e.target.value })}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? `${id}-minutes-error` : undefined}
          />
          <FieldError id={`${id}-minutes-error`} message={minutesError} />
        </div>
      </div>
      <SectionText id={`${id}-what`} label="What happens" prefix={prefix} hint="Shown on the handout and the slides." value={section.whatHappens} onChange={(whatHappens) => onChange({ whatHappens })} />
      <SectionText id={`${id}-notes`} label="Facilitator notes" prefix={prefix} hint="Only on the facilitator plan." value={section.facilitatorNotes} onChange={(facilitatorNotes) => onChange({ facilitatorNotes })} />
      <div className="field">
        <label htmlFor={`${id}-materials`}>{prefix}Materials</label>
        <input id={`${id}-materials`} value={section.materials} onChange={(e) => onChange({ materials: e.target.value })} />
      </div>
    </div>
  );
}

function SectionText({ id, label, prefix, hint, value, onChange }: { id: string; label: string; prefix: ReactNode; hint: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {prefix}
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea id={id} rows={3} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
    </div>
  );
}
