// A series model as of a moving date: facts go in in publication order (only those published before
// the date), and the model is rebuilt in trust order when a new fact contradicts older ones, so that
// verifying many claims of one series costs one pass, not one rebuild per claim.
import { Timeline } from './constraints';
import { boundaries, type Fact } from './facts';
import { SeriesModel } from './model';
import { trustOrder } from './trust';
import { compareDays } from './days';

export class SeriesSweep {
  private readonly facts: Fact[];
  private readonly timeline: Timeline;
  private model: SeriesModel;
  private next = 0;
  private dirty = false;

  constructor(facts: readonly Fact[], extraDays: Iterable<string>) {
    this.facts = facts.filter((f) => f.claim.published).sort((a, b) => compareDays(a.claim.published!, b.claim.published!));
    this.timeline = new Timeline([...boundaries(this.facts), ...extraDays]);
    this.model = new SeriesModel(this.timeline);
  }

  /** The model of every fact published strictly before `date` (all facts when date is null). */
  at(date: string | null): SeriesModel {
    while (this.next < this.facts.length && (date === null || this.facts[this.next].claim.published! < date)) {
      const f = this.facts[this.next];
      const support = this.noteSupport(f);
      // A newcomer that contradicts what is in is refused, unless more outlets carry it than carry the
      // weakest figure it collides with: then the model is rebuilt in trust order.
      if (!this.model.add(f) && !this.dirty) {
        const against = this.model.conflictsOf(f);
        if (against.length === 0 || against.some((g) => this.supportOf(g) < support)) this.dirty = true;
      }
      this.next++;
    }
    if (this.dirty) {
      this.model = new SeriesModel(this.timeline);
      for (const f of trustOrder(this.facts.slice(0, this.next))) this.model.add(f);
      this.dirty = false;
    }
    return this.model;
  }

  /** Outlets that carried each (span, value) so far: the cheap running measure of a figure's support. */
  private readonly carriers = new Map<string, Set<string>>();

  private supportKey(f: Fact): string {
    return `${f.from}|${f.to}|${f.low}|${f.high}`;
  }

  private noteSupport(f: Fact): number {
    const k = this.supportKey(f);
    let set = this.carriers.get(k);
    if (!set) this.carriers.set(k, (set = new Set()));
    set.add(f.claim.publisher ?? f.claim.document ?? f.claim.id);
    return set.size;
  }

  private supportOf(f: Fact): number {
    return this.carriers.get(this.supportKey(f))?.size ?? 0;
  }

  get size(): number {
    return this.next;
  }

  has(day: string): boolean {
    return this.timeline.has(day);
  }
}
