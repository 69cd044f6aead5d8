// Plain-text tables for people: a module of its own so that commands printing one load nothing else.

/** Aligned columns; long cells are cut with an ellipsis; control characters from documents are not printed. */
export function renderTable(header: readonly string[], rows: readonly string[][], maxWidth = 48): string {
  const clean = (s: string) => {
    const t = s.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
    return t.length > maxWidth ? `${t.slice(0, maxWidth - 1)}…` : t;
  };
  const cells = [header.map(clean), ...rows.map((r) => r.map(clean))];
  // a loop, not Math.max(...column): a spread of some 100,000 rows overflows the call stack
  const widths = header.map(() => 0);
  for (const r of cells) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, (r[i] ?? '').length);
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}
