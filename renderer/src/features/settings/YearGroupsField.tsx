import { YEAR_GROUPS, yearGroupLabel, type YearGroup } from '@shared/domain';
import { FieldError } from '../../ui/Field';
import { YEAR_GROUP_PRESETS } from './queries';

/** Year groups the school has, with one-click presets for primary and secondary schools. */
export function YearGroupsField({ value, onChange, error }: { value: YearGroup[]; onChange: (groups: YearGroup[]) => void; error?: string | undefined }) {
  const toggle = (group: YearGroup, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(group);
    else next.delete(group);
    onChange(YEAR_GROUPS.filter((g) => next.has(g)));
  };
  return (
    <fieldset className={`year-groups${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'year-groups-error' : undefined}>
      <legend>Year groups in your school</legend>
      <div className="year-groups__presets" role="group" aria-label="Quick choices">
        {YEAR_GROUP_PRESETS.map((preset) => (
          <button key={preset.label} type="button" className="button button--secondary button--small" onClick={() => onChange(preset.groups)}>
            {preset.label}
          </button>
        ))}
      </div>
      <div className="year-groups__options">
        {YEAR_GROUPS.map((group) => (
          <label key={group} className="checkbox">
            <input type="checkbox" checked={value.includes(group)} onChange={(e) => toggle(group, e.target.checked)} />
            {yearGroupLabel(group)}
          </label>
        ))}
      </div>
      <FieldError id="year-groups-error" message={error} />
    </fieldset>
  );
}
