import { useId, useState } from 'react';
import { materialsFromAgenda, type ChecklistItemState, type SectionState } from './editor-state';

/** The materials checklist: tick what is ready, add, rename or remove items, or pull them from the agenda. */
export function ChecklistEditor({ items, agenda, onChange }: { items: ChecklistItemState[]; agenda: SectionState[]; onChange: (items: ChecklistItemState[]) => void }) {
  const id = useId();
  const [newItem, setNewItem] = useState('');
  const fromAgenda = materialsFromAgenda(agenda, items);
  const update = (itemId: string, patch: Partial<ChecklistItemState>) => onChange(items.map((i) => (i.id === itemId ? { ...i, ...patch } : i)));
  const add = () => {
    if (newItem.trim() === '') return;
    onChange([...items, { id: crypto.randomUUID(), item: newItem.trim(), done: false }]);
    setNewItem('');
  };
  const ready = items.filter((i) => i.done).length;
  return (
    <div className="checklist-editor">
      {items.length === 0 ? (
        <p>Nothing on the checklist yet.</p>
      ) : (
        <>
          <p className="field__hint">
            {ready} of {items.length} ready.
          </p>
          <ul className="checklist-editor__list">
            {items.map((item, index) => (
              <li key={item.id} className="checklist-editor__item">
                <input type="checkbox" checked={item.done} onChange={(e) => update(item.id, { done: e.target.checked })} aria-label={`Ready: ${item.item || `item ${index + 1}`}`} />
                <input value={item.item} onChange={(e) => update(item.id, { item: e.target.value })} aria-label={`Checklist item ${index + 1}`} />
                <button type="button" className="button button--small button--quiet" onClick={() => onChange(items.filter((i) => i.id !== item.id))} aria-label={`Remove ${item.item || `item ${index + 1}`} from the checklist`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="checklist-editor__add">
        <div className="field">
          <label htmlFor={`${id}-new`}>New checklist item</label>
          <input
            id={`${id}-new`}
            value={newItem}
            onChange={(e) => setNewItem(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={add}>
          Add to checklist
        </button>
        {fromAgenda.length > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => onChange([...items, ...fromAgenda.map((item) => ({ id: crypto.randomUUID(), item, done: false }))])}>
            Add {fromAgenda.length === 1 ? '1 item' : `${fromAgenda.length} items`} named in the agenda
          </button>
        ) : null}
      </div>
    </div>
  );
}
