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

/** a ring of slices */
export function pieOption(items: { name: string; value: number }[]): ChartOption {
  return {
    color: COLORS,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number; percent: number }) =>
        `${p.name}：${formatCount(p.value)}（${p.percent}%）`,
    },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['35%', '50%'],
        label: { show: false },
        data: items,
      },
    ],
  };
}
