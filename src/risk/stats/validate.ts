/**
 * Input checks shared by the statistics functions. Risk signals are computed in batch over many units, so a
 * bad value must fail loudly with the field and position named, never flow on as NaN into a signal.
 */

function at(name: string, index?: number): string {
  return index === undefined ? name : `${name}[${index}]`;
}

/** A count of events: a finite, non-negative integer. */
export function assertCount(value: number, name: string, index?: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${at(name, index)} must be a non-negative integer count, got ${value}`);
  }
}

/** An expected count, a rate or a scale parameter: finite and strictly positive. */
export function assertPositive(value: number, name: string, index?: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${at(name, index)} must be a finite number > 0, got ${value}`);
  }
}

/** A finite real number (a series value). */
export function assertFinite(value: number, name: string, index?: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${at(name, index)} must be a finite number, got ${value}`);
  }
}

/** A probability strictly between 0 and 1 (a level, a quantile, a trimming fraction). */
export function assertOpenUnit(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
  }
}

export function assertNonEmpty(values: readonly unknown[], name: string): void {
  if (values.length === 0) throw new RangeError(`${name} must contain at least one value`);
}

export function assertSameLength(
  a: readonly unknown[],
  aName: string,
  b: readonly unknown[],
  bName: string,
): void {
  if (a.length !== b.length) {
    throw new RangeError(`${aName} and ${bName} must have the same length (${a.length} vs ${b.length})`);
  }
}
