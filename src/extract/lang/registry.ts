// Every language pack absentia reads. A language engineer adds one import and one entry here.
import type { LanguagePack } from './types';
import { en } from './en/index';

export const PACKS: Record<string, LanguagePack> = {
  en,
};

export function packFor(language: string): LanguagePack | undefined {
  return PACKS[language];
}
