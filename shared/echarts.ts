/**
 * ECharts modules every page's charts share, registered once (tree-shaken `echarts/core`). A
 * chart that alone needs more registers it beside its option builder (the heatmap in
 * `charts/statusHeatmap.ts`), so that other pages do not load it. A chart option that needs a
 * component not registered renders nothing, which the chart render tests catch.
 */
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  charts.BarChart,
  charts.LineChart,
  components.AriaComponent,
  components.GridComponent,
  components.LegendComponent,
  components.MarkLineComponent,
  components.TitleComponent,
  components.TooltipComponent,
  // `labelLayout.hideOverlap`: where two labels would overlap, one gives way.
  LabelLayout,
  SVGRenderer,
]);

export { echarts };
