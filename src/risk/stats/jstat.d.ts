/**
 * Minimal types for the parts of `jstat` (1.9, no bundled types) that the risk statistics use.
 * jstat is CommonJS: import its default export (`import jStat from 'jstat'`); the named export does not
 * exist under Node's ESM loader. Parameterisations follow jstat, not R: gamma takes shape and SCALE.
 */
declare module 'jstat' {
  interface JStat {
    /** ln Γ(x) (Lanczos approximation, ~1e-10 relative). */
    gammaln(x: number): number;
    /**
     * Sample quantiles with plotting positions (alphap, betap); alphap = betap = 1 is R's default type 7.
     * (Prefer this to `percentile`, which skips the interpolation near the top of the sample.)
     */
    quantiles(
      values: readonly number[],
      probabilities: readonly number[],
      alphap?: number,
      betap?: number,
    ): number[];
    chisquare: {
      inv(p: number, degreesOfFreedom: number): number;
    };
    gamma: {
      cdf(x: number, shape: number, scale: number): number;
      inv(p: number, shape: number, scale: number): number;
    };
    normal: {
      inv(p: number, mean: number, standardDeviation: number): number;
    };
  }
  const jStat: JStat;
  export default jStat;
}
