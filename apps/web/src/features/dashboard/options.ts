// ECharts options for the dashboard's kinds of chart, with zh-CN number formats.
import type { ChartOption } from './Chart';
import { formatCount } from './format';

const COLORS = [
  '#1f4e8c',
  '#3b8ede',
  '#52c41a',
  '#faad14',
  '#f5222d',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
  '#8c8c8c',
  '#a0522d',
  '#2f4f4f',
  '#b8860b',
];

const tooltip = (trigger: 'axis' | 'item') => ({
  trigger,
  valueFormatter: (v: unknown) => (typeof v === 'number' ? formatCount(v) : String(v)),
});

/** a line per series over the months */
export function lineOption(months: string[], series: { name: string; data: number[] }[]): ChartOption {
  return {
    color: COLORS,
    tooltip: tooltip('axis'),
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: months, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    series: series.map((s) => ({ type: 'line', smooth: true, name: s.name, data: s.data })),
  };
}

/** horizontal bars, largest first at the top; several series stack */
export function barOption(
  names: string[],
  series: { name: string; data: number[] }[],
  opts: { max?: number; suffix?: string } = {},
): ChartOption {
  return {
    color: COLORS,
    tooltip: tooltip('axis'),
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      max: opts.max,
      minInterval: 1,
      axisLabel: { formatter: (v: number) => `${formatCount(v)}${opts.suffix ?? ''}` },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: series.length > 1 ? 'all' : undefined,
      data: s.data,
      barMaxWidth: 22,
    })),
  };
}

/**
 * a ring of labelled slices; one slice or none says nothing a ring can show, and is drawn as a
 * bar with its count instead
 */
export function pieOption(items: { name: string; value: number }[]): ChartOption {
  const shown = items.filter((i) => i.value > 0);
  if (shown.length < 2)
    return barOption(
      shown.map((i) => i.name),
      [{ name: '', data: shown.map((i) => i.value) }],
    );
  return {
    color: COLORS,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number; percent: number }) =>
        `${p.name}：${formatCount(p.value)}（${p.percent}%）`,
    },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        center: ['50%', '52%'],
        label: { show: true, formatter: '{b}\n{d}%', fontSize: 12 },
        labelLine: { length: 8, length2: 6 },
        avoidLabelOverlap: true,
        data: shown,
      },
    ],
  };
}
