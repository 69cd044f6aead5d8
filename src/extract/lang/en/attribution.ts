// English attribution: who the text says a figure comes from.
export const sourceBefore = [
  'according to', 'citing', 'drawing on', 'based on', 'data from', 'figures from', 'statistics from',
  'in a reply to a request from', 'in a response to a request from', 'in reply to a request from', 'a count by',
  'reported by', 'estimates by', 'calculations by',
];
export const dataNouns = [
  'data', 'figures', 'statistics', 'numbers', 'count', 'tally', 'estimate*', 'records', 'report', 'reply', 'response',
  'calculations', 'analysis',
];
export const sourceAfter = [
  "'s own count", "'s count", "'s own figures", "'s figures", "'s own data", "'s data", "'s estimate*",
  "'s own tally", "'s tally", "'s own calculations", "'s calculations",
];
export const reportingVerbs = [
  'said', 'says', 'say', 'reported', 'reports', 'report', 'found', 'finds', 'wrote', 'writes', 'told', 'tells',
  'points out', 'pointed out', 'noted', 'notes', 'estimated', 'estimates', 'calculated', 'calculates', 'confirmed',
  'confirms', 'counted', 'counts', 'recorded', 'records', 'identified', 'registered', 'released', 'published',
  'announced', 'stated', 'claimed', 'claims', 'expects', 'put the number', 'put the figure', 'puts the number',
  'put', 'cited', 'added', 'acknowledged', 'disclosed', 'revealed',
];
export const backReferences = ['the figures come from', 'the data come from', 'the data comes from'];
export const citingWords = [
  'citing', 'drawing on', 'quoting', 'with reference to', 'referring to', 'based on', 'according to',
];
export const sameSource = [
  'he', 'she', 'they', 'it', 'we', 'the outlet', 'the broadcaster', 'the office', 'the agency', 'the ministry',
  'the bureau', 'the service', 'the project', 'the researchers', 'the prosecutors', 'prosecutors', 'the newspaper',
  'the paper', 'the report', 'the same source', 'officials', 'the court', 'the courts',
];
export const titles = [
  'mp', 'president', 'journalist', 'analyst', 'director', 'minister', 'spokesperson', 'spokesman', 'spokeswoman',
  'commander', 'lawmaker', 'deputy', 'head', 'chief', 'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'ombudsman',
  'prosecutor', 'prosecutor general', 'defence minister', 'defense minister', 'then-defence minister',
  'then-defense minister', 'military analyst', 'independent military analyst', 'mr.', 'mrs.', 'ms.', 'dr.',
];
export const canonicalSources: Record<string, string> = {};
export const nominativeEndings: Array<[string, string]> = [];
export const ownWork = [
  'by our own arithmetic', 'by our arithmetic', 'by our own count', 'by our count', 'by our own calculations',
  'by our calculations', 'our own calculations', 'our calculations', 'we calculated',
];
export const nameConnectors = ['of', 'of the', 'for', 'for the', 'on'];
export const organisationWords = [
  'office', 'service', 'news', 'ministry', 'department', 'bureau', 'court', 'agency', 'pravda', 'post', 'times',
  'guard', 'intelligence', 'committee', 'institute', 'center', 'centre', 'media', 'group', 'council', 'bbc', 'army',
  'forces', 'staff', 'command', 'project', 'register', 'registry', 'journal', 'radio', 'tv', 'press', 'network',
];
export const sourceHeads = [
  "prosecutor's office", 'office', 'ministry', 'department', 'bureau', 'service', 'agency', 'committee', 'command',
  'staff', 'administration', 'police',
];
