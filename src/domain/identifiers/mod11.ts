/**
 * The weighted modulus-11 check digit used by both the fødselsnummer and the organisasjonsnummer.
 *
 * Why a single-digit typo is always caught: changing digit i by δ (1 ≤ |δ| ≤ 9) changes the weighted sum
 * by wᵢ·δ. Eleven is prime and no weight in use is a multiple of 11, so wᵢ·δ ≢ 0 (mod 11) and the check
 * fails. Swapping two adjacent, different digits changes the sum by (wᵢ − wᵢ₊₁)·(dᵢ₊₁ − dᵢ), also never a
 * multiple of 11 because neighbouring weights differ (the check digit itself counts with weight 1). The
 * price is that a remainder of 1 would need the check digit "10": such digit strings have no valid number.
 */
export function mod11CheckDigit(digits: readonly number[], weights: readonly number[]): number | null {
  if (digits.length !== weights.length) {
    throw new RangeError(`mod11CheckDigit: ${digits.length} digits for ${weights.length} weights`);
  }
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (digits[i] ?? 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}
