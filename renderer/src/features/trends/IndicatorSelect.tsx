import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseContext';
import { SelectField } from '../../ui/Field';

/** "Indicator this campaign aims to move": a select for the campaign editor, bound to campaign.indicatorId. */
export function IndicatorSelect({ value, onChange }: { value: string | undefined; onChange: (indicatorId: string | undefined) => void }) {
  const db = useDatabase();
  const indicators = useLiveQuery(() => db.indicators.orderBy('name').toArray(), [db]) ?? [];
  const known = indicators.some((i) => i.id === value);
  return (
    <SelectField
      label="Indicator this campaign aims to move"
      value={value && known ? value : ''}
      options={[{ value: '', label: 'None chosen' }, ...indicators.map((i) => ({ value: i.id, label: i.name }))]}
      onChange={(id) => onChange(id === '' ? undefined : id)}
      hint={indicators.length === 0 ? 'Make indicators under Trends, Indicators.' : 'Trends compares it before the campaign started and after it ended.'}
    />
  );
}
