// Monthly series charts (ECharts, canvas on screen, SVG rendered on demand for download): the series as a line
// with its interval as a band, claims as points (ranges as bars), annotated events as shaded windows.
// Tooltips are HTML, so every piece of data in them goes through encodeHTML.
import { LineChart, ScatterChart, CustomChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ApiAnnotation, ApiClaim, ApiSeries } from '../server/dto';
import { fmtPeriod, fmtValue, midValue } from './format';
import { currentLang, fmtNumber, t, verdictName } from './i18n';

echarts.use([LineChart, ScatterChart, CustomChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, DataZoomComponent, CanvasRenderer, SVGRenderer]);

const esc = (s: unknown) => echarts.format.encodeHTML(String(s ?? ''));

const COLORS = { line: '#1f5f99', band: 'rgba(31,95,153,0.16)', claim: '#d9822b', record: '#b3261e', human: '#2e7d32' };

export interface ChartInput {
  title: string;
  series: ApiSeries[];
  claims: ApiClaim[];
  annotations: ApiAnnotation[];
  from: string; // YYYY-MM
  to: string;
}

/** The month (YYYY-MM) a claim about one month or a monthly rate stands for; null when it spans longer. */
export function claimMonth(c: ApiClaim): string | null {
  const p = c.period;
  if (!p?.start && !p?.end) return null;
  const s = p.start?.slice(0, 7);
  const e = p.end?.slice(0, 7);
  if (c.per === 'month') return e ?? s ?? null;
  return s && e && s === e ? s : null;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export function chartOption(input: ChartInput, forExport = false): echarts.EChartsCoreOption {
  const months = monthsBetween(input.from, input.to);
  const idx = new Map(months.map((m, i) => [m, i]));
  const out: any[] = [];
  for (const s of input.series) {
    const byMonth = new Map(s.points.map((p) => [p.month, p]));
    const vals = months.map((m) => byMonth.get(m)?.value ?? null);
    const low = months.map((m) => byMonth.get(m)?.low ?? null);
    const width = months.map((m) => { const p = byMonth.get(m); return p && p.low !== null && p.high !== null ? p.high - p.low : null; });
    const stack = `band-${s.key}`;
    out.push({ type: 'line', name: `${s.key}-low`, data: low, stack, lineStyle: { opacity: 0 }, symbol: 'none', silent: true, tooltip: { show: false }, connectNulls: false });
    out.push({ type: 'line', name: t('interval'), data: width, stack, lineStyle: { opacity: 0 }, symbol: 'none', itemStyle: { color: 'rgba(31,95,153,0.35)' }, areaStyle: { color: COLORS.band }, silent: true, tooltip: { show: false } });
    out.push({
      type: 'line', name: t('monthly'), data: vals, connectNulls: false, symbolSize: 5, itemStyle: { color: COLORS.line }, lineStyle: { width: 2 },
      ...annotationMarks(input.annotations, idx, months),
    });
  }
  const pts = input.claims
    .map((c) => ({ c, m: claimMonth(c) }))
    .filter((x): x is { c: ApiClaim; m: string } => x.m !== null && idx.has(x.m));
  out.push({
    type: 'scatter', name: t('claims'), symbolSize: 11, z: 5, itemStyle: { color: COLORS.claim },
    data: pts.map(({ c, m }) => ({
      value: [idx.get(m)!, midValue(c.value)], claimId: c.id,
      itemStyle: { color: c.kind === 'record' ? COLORS.record : c.origin === 'human' ? COLORS.human : COLORS.claim, borderColor: '#fff', borderWidth: 1 },
    })),
  });
  out.push({
    type: 'custom', name: `${t('claims')}-ranges`, silent: true, z: 4,
    renderItem: (_p: any, api: any) => {
      const a = api.coord([api.value(0), api.value(1)]);
      const b = api.coord([api.value(0), api.value(2)]);
      return { type: 'group', children: [
        { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style: { stroke: COLORS.claim, lineWidth: 2 } },
        { type: 'line', shape: { x1: a[0] - 4, y1: a[1], x2: a[0] + 4, y2: a[1] }, style: { stroke: COLORS.claim, lineWidth: 2 } },
        { type: 'line', shape: { x1: b[0] - 4, y1: b[1], x2: b[0] + 4, y2: b[1] }, style: { stroke: COLORS.claim, lineWidth: 2 } },
      ] };
    },
    data: pts.filter(({ c }) => 'low' in c.value).map(({ c, m }) => [idx.get(m)!, (c.value as any).low, (c.value as any).high]),
  });
  return {
    animation: !forExport,
    backgroundColor: forExport ? '#ffffff' : 'transparent',
    title: { text: input.title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 600, color: '#1d2733' } },
    grid: { left: 56, right: 16, top: 40, bottom: 64 },
    legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, color: '#4a5868' }, data: [t('monthly'), t('interval'), t('claims')] },
    tooltip: {
      trigger: 'item',
      confine: true,
      className: 'chart-tip',
      formatter: (p: any) => {
        if (p.seriesType === 'scatter') {
          const c = input.claims.find((x) => x.id === p.data.claimId);
          if (!c) return '';
          return `<b>${esc(fmtValue(c))}</b> · ${esc(fmtPeriod(c.period))}<br>${esc(c.source ?? '—')} · ${esc(c.publisher ?? '')}<br><i>${esc(c.quote.slice(0, 180))}</i>`
            + (c.verdict ? `<br>${esc(t('verdict'))}: ${esc(verdictName(c.verdict.verdict))}` : '');
        }
        return `${esc(months[p.dataIndex])}: <b>${esc(p.value === null ? '—' : fmtNumber(p.value))}</b>`;
      },
    },
    xAxis: { type: 'category', data: months, axisLabel: { hideOverlap: true, color: '#4a5868' }, axisLine: { lineStyle: { color: '#a9b4c0' } } },
    yAxis: { type: 'value', axisLabel: { color: '#4a5868', formatter: (v: number) => fmtNumber(v) }, splitLine: { lineStyle: { color: '#e6eaef' } } },
    dataZoom: forExport ? [] : [{ type: 'inside' }],
    series: out.length ? out : [{ type: 'line', data: [] }],
  };
}

/** Windows (a start and an end) as shaded areas; single dates (law changes) as dashed vertical lines. */
function annotationMarks(annotations: ApiAnnotation[], idx: Map<string, number>, months: string[]) {
  const lang = currentLang();
  const clamp = (m: string) => idx.has(m) ? m : m < months[0] ? months[0] : m > months[months.length - 1] ? months[months.length - 1] : null;
  const areas: any[] = [];
  const lines: any[] = [];
  for (const a of annotations) {
    const s = clamp(a.start.slice(0, 7));
    if (!s) continue;
    if (a.end) {
      const e = clamp(a.end.slice(0, 7));
      if (e && s !== e) areas.push([{ name: a.label[lang], xAxis: s }, { xAxis: e }]);
    } else if (idx.has(a.start.slice(0, 7))) {
      lines.push({ name: a.label[lang], xAxis: s });
    }
  }
  return {
    markArea: { silent: true, itemStyle: { color: 'rgba(242,177,52,0.16)' }, label: { color: '#7a5a12', fontSize: 10, position: 'insideTop', width: 120, overflow: 'break' }, data: areas },
    markLine: {
      silent: true, symbol: 'none', animation: false,
      lineStyle: { type: 'dashed', color: '#9a7b2f', width: 1 },
      label: { formatter: '{b}', position: 'insideEndTop', color: '#7a5a12', fontSize: 10 },
      data: lines,
    },
  };
}

export interface MountedChart {
  chart: echarts.ECharts;
  dispose(): void;
}

export function mountChart(el: HTMLElement, input: ChartInput, onClaim: (id: number) => void): MountedChart {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption(chartOption(input));
  chart.on('click', (p: any) => {
    if (p.seriesType === 'scatter' && typeof p.data?.claimId === 'number') onClaim(p.data.claimId);
  });
  (el as any).__chart = chart; // lets the browser tests find a point's pixel position
  const ro = new ResizeObserver(() => chart.resize());
  ro.observe(el);
  return { chart, dispose: () => { ro.disconnect(); chart.dispose(); } };
}

/** An SVG document of the chart, rendered without the page's canvas. */
export function chartSvg(input: ChartInput, width = 900, height = 420): string {
  const chart = echarts.init(null as any, undefined, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(chartOption(input, true));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export async function chartPng(input: ChartInput, width = 1200, height = 560): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chartSvg(input, width, height)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((ok, fail) => { img.onload = () => ok(); img.onerror = () => fail(new Error('svg did not load')); img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(img, 0, 0);
    return await new Promise<Blob>((ok) => canvas.toBlob((b) => ok(b!), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
