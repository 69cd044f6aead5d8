// Internal mention types: what each extractor returns. Offsets are absolute into the document text.
import type { Counted, RateUnit } from '../../claim/taxonomy';
import type { Period } from '../../claim/claim';

export interface Mention {
  start: number;
  end: number;
  rule: string;
}

export interface NumberMention extends Mention {
  value: number;
  /** Present for a stated range. */
  high?: number;
  scale?: number;
  percent: boolean;
  /** An x-fold factor (statistic ratio). */
  fold: boolean;
  /** Qualifier carried by the number itself ("a dozen" → approx). */
  qualifier?: 'approx';
  spelled: boolean;
}

/** How a period phrase acts on the figures near it. */
export type PeriodRole =
  | 'closed' // a stated span: "in September", "from November 2024 to July 2025"
  | 'toDate' // runs to the published date: "since the start of the war", "this year"
  | 'endOnly' // only an end: "until Aug. 30"
  | 'cutoff' // ends a running total: "runs to Feb. 14", "as of March 1"
  | 'same' // "the same period": the span given before
  | 'report' // dates the report, not the figure: "earlier this month"
  | 'point'; // a single date that is no span ("on Aug. 30")

export interface PeriodMention extends Mention {
  role: PeriodRole;
  period: Period | null;
  /** The end when the figure is a projection ("this year" → 31 December). */
  projectionEnd?: string;
  stated: boolean;
}

export interface Cue<T> extends Mention {
  value: T;
}

export interface SourceMention extends Mention {
  /** null: the outlet's own work ("by our own arithmetic"). */
  name: string | null;
  person: boolean;
  /** relay: an outlet passing on another's figures ("quoted by"); it is never picked as the source. */
  kind: 'own' | 'origin' | 'possessive' | 'speaker' | 'relay';
  /** The name is only a place or force word ("Kyiv", "Moscow"). */
  place?: boolean;
}

export interface SentenceCues {
  numbers: NumberMention[];
  blocked: Mention[];
  periods: PeriodMention[];
  events: Cue<string>[];
  counted: Cue<Counted>[];
  court: Mention[];
  forces: Cue<string>[];
  /** Force words inside a source's name ("Generalstaatsanwaltschaft"): a force only when nothing else names one. */
  sourceForces?: Cue<string>[];
  qualifiersAfter: Cue<string>[];
  rates: Cue<RateUnit>[];
  records: Mention[];
  projections: Mention[];
  scopes: Cue<string>[];
  sources: SourceMention[];
  nationwide: boolean;
  /** The sentence hands its source back to the figures before it ("Про це пише NV", "Das geht aus … hervor"). */
  backReference?: boolean;
  meanAge: Mention[];
  /** Clause boundaries (absolute offsets of , ; : – — ( ) and conjunction starts). */
  boundaries: number[];
}
