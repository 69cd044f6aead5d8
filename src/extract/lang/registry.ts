// Every language pack absentia reads. A language engineer adds one import and one entry here.
import type { LanguagePack } from './types';
import { en } from './en/index';
import { de } from './de/index';
import { fr } from './fr/index';
import { pl } from './pl/index';
import { it } from './it/index';
import { uk } from './uk/index';
import { ru } from './ru/index';

export const PACKS: Record<string, LanguagePack> = {
  en,
  de,
  fr,
  pl,
  it,
  uk,
  ru,
};

export function packFor(language: string): LanguagePack | undefined {
  return PACKS[language];
}
