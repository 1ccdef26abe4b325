/** The web app reads everything through the documented HTTP API; these are the shapes it uses. */
export interface Health {
  status: 'ok' | 'starting' | 'failed';
  phase: string;
  database: 'embedded' | 'server';
  cases: number | null;
  version: string;
}

export interface Overview {
  cases: number;
  openCases: number;
  providers: number;
  professionals: number;
  byOffice: { office: string; name: string; cases: number; open: number; perThousand: number | null }[];
  byCaseType: { caseType: string; cases: number }[];
  byYear: { year: number; cases: number }[];
}

export async function getJson<T>(url: string, lang: string): Promise<T> {
  const response = await fetch(url, { headers: { 'Accept-Language': lang, Accept: 'application/json' } });
  if (!response.ok && response.status !== 503) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
