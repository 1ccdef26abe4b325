import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate } from 'react-router';
import type { Receipt } from './complaint-api.ts';
import { RECEIPT_KEY } from './ComplaintForm.tsx';

function storedReceipt(): Receipt | null {
  try {
    return JSON.parse(sessionStorage.getItem(RECEIPT_KEY) ?? 'null') as Receipt | null;
  } catch {
    return null;
  }
}

/** The receipt: the case number and the secret status link, shown once (kept for this browser tab only). */
export function ReceiptPage() {
  const { t } = useTranslation('intake');
  const receipt = storedReceipt();
  if (!receipt) return <Navigate to="/klage" replace />;
  const link = `${window.location.origin}${receipt.statusUrl}`;
  return (
    <section aria-labelledby="receipt-heading" className="intake">
      <Alert data-color="success">
        <Heading level={2} data-size="sm" id="receipt-heading">
          {t('receipt.heading')}
        </Heading>
        <Paragraph>
          {t('receipt.caseNumber')} <strong className="intake-case-number">{receipt.caseNumber}</strong>.
        </Paragraph>
        {receipt.joinedExistingCase && <Paragraph>{t('receipt.joined')}</Paragraph>}
      </Alert>
      <Card>
        <Heading level={3} data-size="xs">
          {t('receipt.linkHeading')}
        </Heading>
        <Paragraph>{t('receipt.linkHelp')}</Paragraph>
        <Paragraph className="intake-secret-link">
          <code>{link}</code>
        </Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to={receipt.statusUrl}>{t('receipt.openStatus')}</RouterLink>
          </Link>
        </Paragraph>
      </Card>
      <Paragraph>
        <Link asChild>
          <RouterLink
            to="/klage"
            onClick={() => {
              sessionStorage.removeItem(RECEIPT_KEY);
            }}
          >
            {t('receipt.newComplaint')}
          </RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
