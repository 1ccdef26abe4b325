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
 * A letter from the journal: an inline preview (the server's HTML rendering, in a sandboxed frame) and the
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
        <iframe
          className="letter-preview"
          title={t('letter.frame', { title })}
          sandbox=""
          srcDoc={`<!doctype html><html lang="${i18n.language === 'nn' ? 'nn' : 'nb'}"><head><meta charset="utf-8"><title>${title.replace(/[<&]/g, '')}</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:1rem auto;padding:0 1rem;line-height:1.5}</style></head><body>${html}</body></html>`}
        />
      )}
    </div>
  );
}
