import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, request } from '../../api.ts';
import { signIn, useStaffSession, type StaffSession } from '../../session.ts';
import type { DemoUser } from '../api.ts';

const ROLE_ORDER = ['caseworker', 'office_manager', 'national_lawyer', 'analyst', 'administrator'];
const mainRole = (u: DemoUser) =>
  ROLE_ORDER.find((r) => u.roles.some((x) => x.role === r)) ?? u.roles[0]?.role ?? 'none';

/**
 * Sign-in. In the embedded demo: pick a demo user (per role and office) — clearly marked, no password.
 * On a PostgreSQL server the demo login does not exist and staff sign in with Entra ID.
 */
export function SignInPage() {
  const { t, i18n } = useTranslation('staff');
  const session = useStaffSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/saksbehandling';
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const users = useQuery({
    queryKey: ['demo-users'],
    queryFn: () => request<DemoUser[]>('/api/demo/users', { lang: i18n.language }),
    retry: false,
  });
  if (session && !busy) return <Navigate to={target} replace />;

  const byRole = new Map<string, DemoUser[]>();
  for (const u of users.data ?? []) byRole.set(mainRole(u), [...(byRole.get(mainRole(u)) ?? []), u]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const result = await request<StaffSession>('/api/demo/login', {
        lang: i18n.language,
        body: { username },
      });
      signIn(result);
      void navigate(target, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : t('signIn.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-heading" className="narrow">
      <Heading level={2} data-size="md" id="sign-in-heading">
        {t('signIn.heading')}
      </Heading>
      {users.isPending && <Spinner aria-label={t('loading')} />}
      {users.isError && (
        <Alert data-color="info">
          <Paragraph>{t('signIn.production')}</Paragraph>
        </Alert>
      )}
      {users.data && (
        <form onSubmit={submit} className="stack" noValidate>
          <Alert data-color="warning">
            <Paragraph>{t('signIn.demo')}</Paragraph>
          </Alert>
          <Field>
            <Label htmlFor="demo-user">{t('signIn.user')}</Label>
            <Select
              id="demo-user"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'demo-user-error' : undefined}
            >
              <Select.Option value="">{t('signIn.choose')}</Select.Option>
              {ROLE_ORDER.filter((r) => byRole.has(r)).map((role) => (
                <Select.Optgroup key={role} label={t(`role.${role}`)}>
                  {(byRole.get(role) ?? []).map((u) => (
                    <Select.Option key={u.username} value={u.username}>
                      {`${u.name} (${u.officeCode}) – ${u.username}`}
                    </Select.Option>
                  ))}
                </Select.Optgroup>
              ))}
            </Select>
            {error && <ValidationMessage id="demo-user-error">{error}</ValidationMessage>}
          </Field>
          <div>
            <Button type="submit" disabled={busy}>
              {t('signIn.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
