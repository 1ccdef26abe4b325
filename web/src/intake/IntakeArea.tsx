import { Route, Routes } from 'react-router';
import { registerTexts } from '../i18n.ts';
import { ComplaintForm } from './ComplaintForm.tsx';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';
import { ReceiptPage } from './ReceiptPage.tsx';
import { StatusPage } from './StatusPage.tsx';

registerTexts('intake', { nb, nn, en });

/** The intake area: the complaint form below /klage, the status page below /status. */
export default function IntakeArea() {
  return (
    <Routes>
      <Route index element={<ComplaintForm />} />
      <Route path="kvittering" element={<ReceiptPage />} />
      <Route path=":secret" element={<StatusPage />} />
    </Routes>
  );
}
