// Listing pages kept as the bytes that were sent, up to a byte budget, least recently used out first. Every
// page belongs to a generation (the store's data version and the verdicts shown, see listingGeneration): a
// lookup under a new generation drops every page of the old one, so a write by anyone, this server or another
// process on the same database, is never answered from a page made before it.

export interface CachedPage {
  body: Buffer;
  contentType: string;
  /** CSV downloads carry a file name. */
  contentDisposition?: string;
}

/** Bytes a page costs beyond its body and key: the entry, its Buffer and the map's slot, roughly. */
const ENTRY_OVERHEAD = 256;

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private generation = '';
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** The page under key in this generation, if kept; it becomes the most recently used. */
  get(generation: string, key: string): CachedPage | undefined {
    if (generation !== this.generation) {
      this.clear();
      this.generation = generation;
      return undefined;
    }
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  /** Keeps a page made in this generation (a page of an older one, made while a write landed, is not kept). */
  set(generation: string, key: string, page: CachedPage): void {
    if (generation !== this.generation) return;
    const cost = costOf(key, page);
    // A page bigger than a quarter of the budget would push out many smaller, likelier ones.
    if (cost > this.maxBytes / 4) return;
    const old = this.pages.get(key);
    if (old) {
      this.pages.delete(key);
      this.used -= costOf(key, old);
    }
    while (this.used + cost > this.maxBytes) {
      const [oldestKey, oldest] = this.pages.entries().next().value as [string, CachedPage];
      this.pages.delete(oldestKey);
      this.used -= costOf(oldestKey, oldest);
    }
    this.pages.set(key, page);
    this.used += cost;
  }

  clear(): void {
    this.pages.clear();
    this.used = 0;
  }

  /** Bytes counted against the budget. */
  get bytes(): number {
    return this.used;
  }

  get count(): number {
    return this.pages.size;
  }
}

const costOf = (key: string, page: CachedPage) => page.body.length + key.length * 2 + ENTRY_OVERHEAD;
