/**
 * The one place ECharts modules are registered (tree-shaken `echarts/core`). A chart option
 * that needs a component not listed here renders nothing, which the chart render tests catch.
 * Each module is named once, from its namespace; the bundler keeps only the ones named.
 */
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  charts.BarChart,
  charts.HeatmapChart,
  charts.LineChart,
  components.AriaComponent,
  components.DatasetComponent,
  components.GridComponent,
  components.LegendComponent,
  components.MarkLineComponent,
  components.TitleComponent,
  components.TooltipComponent,
  components.VisualMapPiecewiseComponent,
  // `labelLayout.hideOverlap`: where two labels would overlap, one gives way.
  LabelLayout,
  SVGRenderer,
]);

export { echarts };
