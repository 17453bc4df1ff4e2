import * as echarts from 'echarts';
import { fmt } from '../engine/numbers';
import type { ReportModel } from './model';

/**
 * The one chart of every report: totals as bars in rank order, vetoed units in grey, 先进 in red. The same option is
 * rendered to SVG on the server (no DOM), rasterised for the .docx and the xlsx picture, and shown in the HTML.
 */
export const CHART_SIZE = { width: 900, height: 380 };
const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export interface ChartBar {
  name: string;
  total: number;
  tier: string;
  rank: number;
}

export function chartBars(model: ReportModel): ChartBar[] {
  return model.units.map((u) => ({ name: u.unit, total: u.total, tier: u.tier, rank: u.rank }));
}

function chartOption(model: ReportModel): echarts.EChartsOption {
  const bars = chartBars(model);
  const many = bars.length > 12;
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { text: '各单位总分', left: 'center', top: 6, textStyle: { fontSize: 16, fontFamily: FONT } },
    grid: { left: 56, right: 24, top: 48, bottom: many ? 96 : 48 },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.name),
      axisLabel: { interval: 0, rotate: many ? 45 : 0, fontSize: 12, fontFamily: FONT },
    },
    yAxis: { type: 'value', name: '总分', min: 0 },
    series: [
      {
        type: 'bar',
        data: model.units.map((u) => ({
          value: u.total,
          itemStyle: { color: u.veto ? '#9e9e9e' : u.top ? '#c0392b' : '#3b6fb6' },
        })),
        label: { show: bars.length <= 20, position: 'top', fontSize: 11, formatter: (p: { value: unknown }) => fmt(Number(p.value)) },
        barMaxWidth: 48,
      },
    ],
  };
}

/** ECharts' server-side SVG (ssr: true marks each bar with its data index, which the HTML's tooltip script reads). */
export function chartSvg(model: ReportModel): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    chart.setOption(chartOption(model));
    return chart.renderToSVGString();
  } finally {
    // Without dispose the chart's timers keep the process alive.
    chart.dispose();
  }
}
