import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Shown beside the field, announced with it. */
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function Field({ label, error, hint, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      {message}
    </p>
  );
}

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

export function SelectField<V extends string>({ label, value, options, onChange, error, hint, className }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="field__hint" id={`${id}-hint`}>{hint}</p> : null}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  rows?: number;
}

export function TextAreaField({ label, value, onChange, error, hint, rows = 3 }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="field__hint" id={`${id}-hint`}>{hint}</p> : null}
      <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: { value: V; label: string }[];
  value: V[];
  onChange: (value: V[]) => void;
  error?: string | undefined;
}

/** A set of checkboxes under one legend; keeps the options' order. */
export function CheckboxGroup<V extends string>({ legend, options, value, onChange, error }: CheckboxGroupProps<V>) {
  const id = useId();
  const toggle = (option: V, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset className={`checkbox-group${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** After React shows the errors, moves focus to the first invalid field so the lead hears what to fix. */
export function focusFirstInvalid(root: ParentNode = document, selector = '[aria-invalid="true"]'): void {
  requestAnimationFrame(() => root.querySelector<HTMLElement>(selector)?.focus());
}
