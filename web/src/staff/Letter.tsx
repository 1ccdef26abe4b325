import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffSession } from '../session.ts';

/** Fetches a letter with the session's token (a plain link would carry none). */
async function fetchLetter(url: string, token: string | undefined, lang: string): Promise<Response> {
  const response = await fetch(url, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Language': lang },
  });
  if (!response.ok) throw new Error(`${response.status}`);
  return response;
}

/**
 * A letter from the journal: an inline preview (the server's HTML rendering) and the
 * PDF as the recipient gets it. `url` answers `?format=html` and `?format=pdf`.
 */
export function LetterLinks({ url, title, open }: { url: string; title: string; open?: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const session = useStaffSession();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const preview = async () => {
    if (html) return setHtml(null);
    try {
      setHtml(await (await fetchLetter(`${url}?format=html`, session?.token, i18n.language)).text());
    } catch {
      setError(true);
    }
  };
  useEffect(() => {
    // Opened right after saving a draft: show it at once.
    if (open) void preview();
  }, []);
  const pdf = async () => {
    try {
      const blob = await (await fetchLetter(`${url}?format=pdf`, session?.token, i18n.language)).blob();
      window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    } catch {
      setError(true);
    }
  };
  return (
    <div className="letter">
      <div className="buttons">
        <Button
          variant="secondary"
          data-size="sm"
          aria-expanded={html !== null}
          onClick={() => void preview()}
        >
          {html ? t('letter.hide') : t('letter.preview')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => void pdf()}>
          {t('letter.pdf')}
        </Button>
      </div>
      {error && <p role="alert">{t('letter.failed')}</p>}
      {html !== null && (
        // The server renders the letter with every value escaped (cases/letters/preview.ts), so it is
        // shown as it is, inside a region of its own.
        <div
          className="letter-preview"
          role="region"
          aria-label={t('letter.frame', { title })}
          tabIndex={-1}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </div>
  );
}
