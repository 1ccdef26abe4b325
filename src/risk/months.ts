/** Months as indexes from a first month: the engine works on monthly counts. Dates are 'YYYY-MM-DD'. */
export function monthNumber(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function monthDate(monthNo: number): string {
  return `${Math.floor(monthNo / 12)}-${String((monthNo % 12) + 1).padStart(2, '0')}-01`;
}

/** Last day of the month with this number. */
export function monthEnd(monthNo: number): string {
  const next = monthNo + 1;
  const d = new Date(Date.UTC(Math.floor(next / 12), next % 12, 1) - 86_400_000);
  return d.toISOString().slice(0, 10);
}
