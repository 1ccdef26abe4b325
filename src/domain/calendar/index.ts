/**
 * The legal calendar: Norwegian public holidays, working days, forvaltningsloven deadlines with explanations,
 * target processing times and a case's clock with suspensions. Pure functions of plain values; dates are
 * 'YYYY-MM-DD' days in the Europe/Oslo calendar and never pass through a time zone.
 */
export * from './local-date.ts';
export * from './period.ts';
export * from './holidays.ts';
export * from './working-days.ts';
export * from './deadlines.ts';
export * from './processing-targets.ts';
export * from './suspension-ledger.ts';
export * from './evaluate-deadline-request.ts';
