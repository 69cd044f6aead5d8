// A series as difference constraints. With S(d) the running total before day d, a figure of N over the
// days a..b says lo <= S(b+1) - S(a) <= hi (its stated precision), and counts never fall: S(d) <= S(d+1).
// Shortest paths over these constraints give the tightest bounds any window can have, so one structure
// answers "each month", "totals against sums of months", year-to-date differencing and cumulative
// figures alike, and the path names the figures that decide each bound.
//
// Nodes are day boundaries (month starts and every day a figure's span begins or ends): node i is the
// running total before day i of the timeline. Figures are inserted one at a time
// (most trusted first) in O(n^2) each; a figure that would make the system impossible (a negative
// cycle) is refused and reported, which is how inconsistent figures are found.

export interface BoundStep {
  fact: number;
  /** +1: the figure's value was added to the bound; -1: subtracted. */
  sign: 1 | -1;
}

export class DayConstraints {
  private readonly d: Float64Array;
  private readonly next: Int32Array;
  private readonly edgeW: Float64Array;
  private readonly edgeFact: Int32Array;

  /** n boundaries, in time order: node i is the running total before day i of the timeline. */
  constructor(readonly n: number) {
    this.d = new Float64Array(n * n).fill(Infinity);
    this.next = new Int32Array(n * n).fill(-1);
    this.edgeW = new Float64Array(n * n).fill(Infinity);
    this.edgeFact = new Int32Array(n * n).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        this.d[i * n + j] = 0; // totals never fall: S(j) - S(i) <= 0 for j <= i
        this.next[i * n + j] = i === j ? j : i - 1;
      }
      if (i > 0) this.edgeW[i * n + i - 1] = 0;
    }
  }

  /** Tightest upper bound on S(to) - S(from). */
  upper(from: number, to: number): number {
    return this.d[from * this.n + to];
  }

  /** Would S(to) - S(from) <= w contradict what is known? */
  conflicts(from: number, to: number, w: number): boolean {
    return w + this.d[to * this.n + from] < -1e-9;
  }

  /** Adds S(to) - S(from) <= w; returns false (adding nothing) when it contradicts what is known. */
  add(from: number, to: number, w: number, fact: number): boolean {
    const n = this.n;
    if (this.conflicts(from, to, w)) return false;
    const e = from * n + to;
    if (w < this.edgeW[e]) {
      this.edgeW[e] = w;
      this.edgeFact[e] = fact;
    }
    if (w >= this.d[e]) return true;
    const d = this.d;
    const next = this.next;
    const rowV = to * n;
    for (let i = 0; i < n; i++) {
      const diu = d[i * n + from];
      if (diu === Infinity) continue;
      const base = diu + w;
      const rowI = i * n;
      const hop = i === from ? to : next[rowI + from];
      for (let j = 0; j < n; j++) {
        const cand = base + d[rowV + j];
        if (cand < d[rowI + j]) {
          d[rowI + j] = cand;
          next[rowI + j] = hop;
        }
      }
    }
    return true;
  }

  /** Adds lo <= S(b) - S(a) <= hi: both sides or neither. */
  addBetween(a: number, b: number, lo: number, hi: number, fact: number): boolean {
    if (lo > hi) return false;
    if (hi !== Infinity && this.conflicts(a, b, hi)) return false;
    if (lo > 0 && this.conflicts(b, a, -lo)) return false;
    if (hi !== Infinity) this.add(a, b, hi, fact);
    if (lo > 0) this.add(b, a, -lo, fact);
    return true;
  }

  /** The figures on the shortest path from -> to; sign +1 where the figure's value adds to S(to)-S(from). */
  private path(from: number, to: number, forLow: boolean): BoundStep[] {
    const steps: BoundStep[] = [];
    const n = this.n;
    let at = from;
    let guard = 0;
    while (at !== to && guard++ < n * 2) {
      const hop = this.next[at * n + to];
      if (hop < 0) break;
      const fact = this.edgeFact[at * n + hop];
      if (fact >= 0) {
        const forward = hop > at;
        steps.push({ fact, sign: forward !== forLow ? 1 : -1 });
      }
      at = hop;
    }
    return steps;
  }

  /** The figures on the shortest path from -> to (what makes S(to) - S(from) as tight as it is). */
  factsOnPath(from: number, to: number): number[] {
    return this.d[from * this.n + to] === Infinity ? [] : this.path(from, to, false).map((s) => s.fact);
  }

  /** Bounds on S(b) - S(a) (a before b), with the figures behind each bound. */
  window(a: number, b: number): { low: number; high: number; lowPath: BoundStep[]; highPath: BoundStep[] } {
    const high = this.upper(a, b);
    const low = Math.max(0, -this.upper(b, a));
    return {
      low,
      high,
      lowPath: low > 0 ? this.path(b, a, true) : [],
      highPath: high < Infinity ? this.path(a, b, false) : [],
    };
  }
}

/** Sorted boundary days and their node numbers. */
export class Timeline {
  readonly days: string[];
  private readonly index = new Map<string, number>();

  constructor(days: Iterable<string>) {
    this.days = [...new Set(days)].sort();
    this.days.forEach((d, i) => this.index.set(d, i));
  }

  node(day: string): number {
    const i = this.index.get(day);
    if (i === undefined) throw new Error(`timeline has no boundary ${day}`);
    return i;
  }

  has(day: string): boolean {
    return this.index.has(day);
  }

  get origin(): string {
    return this.days[0];
  }
}
