/**
 * The held-out split and the figures the model card and the benchmark report. Pure functions.
 */

/** FNV-1a, 32 bits: a stable hash that does not depend on the platform or the order of the rows. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** One case in five is held out, chosen by the hash of its id: the same case is always on the same side. */
export function isHeldOut(caseId: number, heldOutPercent = 20): boolean {
  return fnv1a(String(caseId)) % 100 < heldOutPercent;
}

export function accuracy(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length === 0) return 0;
  let right = 0;
  truth.forEach((t, i) => {
    if (predicted[i] === t) right += 1;
  });
  return right / truth.length;
}

/**
 * Macro-F1 over labels: F1 per label, then the plain mean, so a rare theme counts as much as a common one.
 * Labels that are neither true nor predicted anywhere are left out (their F1 is undefined).
 */
export function macroF1(
  labels: readonly string[],
  truth: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): { macroF1: number; perLabel: Record<string, number> } {
  const perLabel: Record<string, number> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    truth.forEach((t, i) => {
      const isTrue = t.includes(label);
      const isPredicted = predicted[i]!.includes(label);
      if (isTrue && isPredicted) tp += 1;
      else if (isPredicted) fp += 1;
      else if (isTrue) fn += 1;
    });
    if (tp + fp + fn === 0) continue;
    perLabel[label] = (2 * tp) / (2 * tp + fp + fn);
  }
  const values = Object.values(perLabel);
  return {
    macroF1: values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0,
    perLabel,
  };
}

/** The most common label and the accuracy of always guessing it: the floor a model must clear. */
export function majorityBaseline(train: readonly string[], heldOut: readonly string[]) {
  const counts = new Map<string, number>();
  for (const t of train) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [label] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [''];
  return {
    label,
    accuracy: accuracy(
      heldOut,
      heldOut.map(() => label),
    ),
  };
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
