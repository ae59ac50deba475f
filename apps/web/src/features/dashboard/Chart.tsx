// One ECharts chart: only the chart kinds and components the dashboard uses are registered,
// so the page's bundle stays small (the route is loaded on demand). A click on a bar, a slice
// or a point calls `onPick` with its index in the data.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../lib/i18n';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

export function Chart({
  option,
  height = 260,
  onPick,
  testId,
}: {
  option: ChartOption;
  height?: number;
  onPick?: (dataIndex: number, seriesIndex: number) => void;
  testId?: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { lang } = useI18n();
  const pick = useRef(onPick);
  pick.current = onPick;
  const latest = useRef(option);
  latest.current = option;

  // the chart's own words (loading, tooltips) follow the language: a new language, a new chart
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { locale: lang === 'en' ? 'EN' : 'ZH' });
    chart.current = c;
    c.setOption(latest.current);
    c.on('click', (p) => pick.current?.(p.dataIndex, p.seriesIndex ?? 0));
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, [lang]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={el}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onPick ? 'pointer' : undefined }}
    />
  );
}
