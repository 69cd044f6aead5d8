// A series model as of a moving date: facts go in in publication order (only those published before
// the date), and the model is rebuilt in trust order when a new fact contradicts older ones, so that
// verifying many claims of one series costs one pass, not one rebuild per claim.
import { Timeline } from './constraints';
import { boundaries, type Fact } from './facts';
import { SeriesModel } from './model';
import { trustOrder } from './trust';

export class SeriesSweep {
  private readonly facts: Fact[];
  private readonly timeline: Timeline;
  private model: SeriesModel;
  private next = 0;
  private dirty = false;

  constructor(facts: readonly Fact[], extraDays: Iterable<string>) {
    this.facts = facts.filter((f) => f.claim.published).sort((a, b) => a.claim.published!.localeCompare(b.claim.published!));
    this.timeline = new Timeline([...boundaries(this.facts), ...extraDays]);
    this.model = new SeriesModel(this.timeline);
  }

  /** The model of every fact published strictly before `date` (all facts when date is null). */
  at(date: string | null): SeriesModel {
    while (this.next < this.facts.length && (date === null || this.facts[this.next].claim.published! < date)) {
      if (!this.model.add(this.facts[this.next])) this.dirty = true;
      this.next++;
    }
    if (this.dirty) {
      this.model = new SeriesModel(this.timeline);
      for (const f of trustOrder(this.facts.slice(0, this.next))) this.model.add(f);
      this.dirty = false;
    }
    return this.model;
  }

  get size(): number {
    return this.next;
  }

  has(day: string): boolean {
    return this.timeline.has(day);
  }
}
