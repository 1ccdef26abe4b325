import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { registerTexts } from '../i18n.ts';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';

registerTexts('intake', { nb, nn, en });

/** The intake area: its own routes below /klage and /status. */
export default function IntakeArea() {
  const { t } = useTranslation('intake');
  return (
    <Routes>
      <Route
        index
        element={
          <Heading level={2} data-size="sm">
            {t('placeholder')}
          </Heading>
        }
      />
    </Routes>
  );
}
