// Every language pack absentia reads. A language engineer adds one import and one entry here.
import type { LanguagePack } from './types';
import { en } from './en/index';
import { de } from './de/index';
import { fr } from './fr/index';
import { pl } from './pl/index';
import { it } from './it/index';

export const PACKS: Record<string, LanguagePack> = {
  en,
  de,
  fr,
  pl,
  it,
};

export function packFor(language: string): LanguagePack | undefined {
  return PACKS[language];
}
