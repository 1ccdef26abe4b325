import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineStatus } from './api.ts';

const COLOR: Record<DeadlineStatus, 'success' | 'warning' | 'danger' | 'info' | 'neutral'> = {
  ok: 'success',
  soon: 'warning',
  breached: 'danger',
  suspended: 'info',
  done: 'neutral',
};

/**
 * The deadline engine's verdict on a case, as a badge: ok / soon / breached (or the clock stopped, or done).
 * The text carries the meaning; the colour only repeats it.
 */
export function DeadlineBadge(props: {
  status: DeadlineStatus;
  daysLeft?: number | null;
  daysOverdue?: number | null;
}) {
  const { t } = useTranslation('staff');
  let detail = '';
  if (props.status === 'breached' && props.daysOverdue != null)
    detail = ` · ${t('deadline.overdueDays', { count: props.daysOverdue })}`;
  else if ((props.status === 'soon' || props.status === 'ok') && props.daysLeft != null)
    detail = ` · ${t('deadline.leftDays', { count: props.daysLeft })}`;
  return (
    <Tag data-color={COLOR[props.status]} data-size="sm" className="deadline-badge">
      {t(`deadline.${props.status}`)}
      {detail}
    </Tag>
  );
}
