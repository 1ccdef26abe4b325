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

/** A field-level problem the API reported (400), in the language asked for. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** An API answer that was not 2xx; `fields` holds the field-level messages of a 400. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  lang: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a FormData body is sent as it is (multipart). */
  body?: unknown;
  /** Bearer token (staff, citizen status link or provider client). */
  token?: string | null;
  headers?: Record<string, string>;
}

/** One call to the API; throws ApiError with the server's field-level messages when it is not 2xx. */
export async function request<T>(url: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = {
    'Accept-Language': options.lang,
    Accept: 'application/json',
    ...options.headers,
  };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(url, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body });
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem = (parsed ?? {}) as { message?: string; fields?: FieldProblem[] };
    throw new ApiError(
      response.status,
      problem.message ?? `${url}: ${response.status}`,
      problem.fields ?? [],
      parsed,
    );
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** GET that tolerates 503 (the server answers /health with 503 while it starts). */
export async function getJson<T>(url: string, lang: string): Promise<T> {
  const response = await fetch(url, { headers: { 'Accept-Language': lang, Accept: 'application/json' } });
  if (!response.ok && response.status !== 503) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
