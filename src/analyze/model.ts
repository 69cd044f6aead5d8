// A series model: the constraint graph of one series built from its facts, most trusted first.
// Facts that contradict what is already known are refused and returned.
import { DayConstraints, Timeline } from './constraints';
import type { Fact } from './facts';

export class SeriesModel {
  readonly graph: DayConstraints;
  readonly facts: Fact[] = [];
  readonly refused: Fact[] = [];

  constructor(readonly timeline: Timeline) {
    this.graph = new DayConstraints(timeline.days.length);
  }

  /** Inserts a fact; false when it contradicts the facts already in. */
  add(f: Fact): boolean {
    const id = this.facts.length;
    const a = this.timeline.node(f.from ?? this.timeline.origin);
    const b = this.timeline.node(f.to);
    if (a >= b) return true;
    const ok = this.graph.addBetween(a, b, f.low, f.high, id);
    if (ok) this.facts.push(f);
    else this.refused.push(f);
    return ok;
  }

  /** The facts a refused fact collides with: those that bound its span the other way. */
  conflictsOf(f: Fact): Fact[] {
    const a = this.timeline.node(f.from ?? this.timeline.origin);
    const b = this.timeline.node(f.to);
    const ids = new Set<number>();
    if (f.high !== Infinity && this.graph.conflicts(a, b, f.high)) for (const i of this.graph.factsOnPath(b, a)) ids.add(i);
    if (f.low > 0 && this.graph.conflicts(b, a, -f.low)) for (const i of this.graph.factsOnPath(a, b)) ids.add(i);
    return [...ids].map((i) => this.facts[i]);
  }

  /** Bounds on the total of [startDay, endDayExclusive), with the facts behind each bound. */
  bounds(startDay: string, endExclusive: string) {
    const w = this.graph.window(this.timeline.node(startDay), this.timeline.node(endExclusive));
    return {
      low: w.low,
      high: w.high,
      lowFacts: w.lowPath.map((s) => ({ fact: this.facts[s.fact], sign: s.sign })),
      highFacts: w.highPath.map((s) => ({ fact: this.facts[s.fact], sign: s.sign })),
    };
  }
}

export type Bounds = ReturnType<SeriesModel['bounds']>;
