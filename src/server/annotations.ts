// Events drawn on the charts: law changes and windows that move the figures. Each names its public source.
import type { ApiAnnotation } from './dto';

export const ANNOTATIONS: ApiAnnotation[] = [
  {
    start: '2022-02-24', end: null, force: null,
    label: { en: 'Full-scale invasion', uk: 'Повномасштабне вторгнення' },
    url: 'https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine',
  },
  {
    start: '2022-09-21', end: null, force: 'RU',
    label: { en: 'Partial mobilisation; art. 337/338 penalties raised', uk: 'Часткова мобілізація; посилено ст. 337/338' },
    url: 'https://en.wikipedia.org/wiki/2022_Russian_mobilization',
  },
  {
    start: '2024-05-18', end: null, force: 'UA',
    label: { en: 'Mobilisation law 3633-IX in force', uk: 'Набрав чинності закон 3633-IX про мобілізацію' },
    url: 'https://zakon.rada.gov.ua/laws/show/3633-20',
  },
  {
    start: '2024-11-29', end: '2025-08-30', force: 'UA',
    label: { en: 'Voluntary-return window (law 4069-IX)', uk: 'Добровільне повернення (закон 4069-IX)' },
    url: 'https://zakon.rada.gov.ua/laws/show/4069-20',
  },
];
