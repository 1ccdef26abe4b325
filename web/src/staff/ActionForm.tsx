import {
  Alert,
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'select' | 'lines';
  options?: { value: string; label: string }[];
  description?: string;
  initial?: string;
  /** Sent even when empty, so the API names what is missing in its own words. */
  required?: boolean;
}

/**
 * One case action as a form. What the caseworker typed goes to the API as it is (empty fields left out);
 * the API's field-level messages appear under their fields, anything else above the button.
 */
export function ActionForm(props: {
  id: string;
  fields: FieldSpec[];
  submitLabel: string;
  submit: (values: Record<string, string | string[]>) => Promise<unknown>;
  /** Called after success; the form stays busy until it settles (e.g. the case is read again). */
  onDone: () => void | Promise<void>;
}) {
  const { t } = useTranslation('staff');
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.fields.map((f) => [f.name, f.initial ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setGeneral(null);
    const body: Record<string, string | string[]> = {};
    for (const f of props.fields) {
      const v = (values[f.name] ?? '').trim();
      if (!v && !f.required) continue;
      body[f.name] =
        f.kind === 'lines'
          ? v
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
          : v;
    }
    try {
      await props.submit(body);
      setValues(Object.fromEntries(props.fields.map((f) => [f.name, f.initial ?? ''])));
      await props.onDone();
    } catch (error) {
      if (error instanceof ApiError) {
        const byField: Record<string, string> = {};
        const rest: string[] = [];
        for (const problem of error.fields) {
          const name = problem.field.replace(/^body\./, '').split('.')[0] ?? '';
          if (props.fields.some((f) => f.name === name)) byField[name] ??= problem.message;
          else rest.push(problem.message);
        }
        setErrors(byField);
        setGeneral(Object.keys(byField).length && !rest.length ? null : [error.message, ...rest].join(' '));
      } else setGeneral(t('action.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      {props.fields.map((f) => {
        const id = `${props.id}-${f.name}`;
        const error = errors[f.name];
        if (f.kind === 'select')
          return (
            <Field key={f.name}>
              <Label htmlFor={id}>{f.label}</Label>
              <Select
                id={id}
                value={values[f.name] ?? ''}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                required={f.required}
              >
                <Select.Option value="">{t('action.choose')}</Select.Option>
                {f.options?.map((o) => (
                  <Select.Option key={o.value} value={o.value}>
                    {o.label}
                  </Select.Option>
                ))}
              </Select>
              {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
            </Field>
          );
        const common = {
          id,
          label: f.label,
          description: f.description,
          error,
          value: values[f.name] ?? '',
          required: f.required,
        };
        return f.kind === 'textarea' || f.kind === 'lines' ? (
          <Textfield
            key={f.name}
            {...common}
            multiline
            rows={f.kind === 'lines' ? 3 : 5}
            onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
          />
        ) : (
          <Textfield
            key={f.name}
            {...common}
            type={f.kind === 'date' ? 'date' : 'text'}
            onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
          />
        );
      })}
      {general && (
        <Alert data-color="danger" role="alert">
          <Paragraph data-size="sm">{general}</Paragraph>
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
