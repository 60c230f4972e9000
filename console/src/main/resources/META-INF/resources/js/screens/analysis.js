// 统计分析 (#/analysis?district=&from=&to=): ECharts charts of GET /api/v1/hazard-statistics?groupBy=… by
// equipment category, industry, usage environment, hazard type and district, the rectification trend by month,
// and the common issues (共性问题) top 10 of GET /api/v1/hazard-statistics/common-issues.
//
// The trend uses the statistics' own period filters: one read per month (from = the 1st, to = the last day, so
// hazard-service answers it from its monthly rollups), groupBy=status, whose rows add up to the month's hazards
// because every hazard has exactly one status. Each point is the hazards found in that month: how many were
// listed, and how many of those are verified (销号) by now.
//
// ECharts 6 comes from the org.mvnpm:echarts jar (served by Quarkus at /_static/echarts/6.0.0/...). Each chart's
// container carries data-testid="chart-<name>", data-keys (the group keys drawn, for tests and screen readers)
// and data-rendered="true" once ECharts has finished drawing it; a table of the same numbers sits beneath.
import { el, useStylesheet, names, districtOf, problemBox, compact } from './common.js';

const ECHARTS = new URL('../../_static/echarts/6.0.0/dist/echarts.esm.min.js', import.meta.url).href;
const MONTHS = 12;
const COLORS = ['#2f6fdb', '#1a9e6a', '#e0a020', '#d9453d', '#7b5cd6', '#2aa6b8', '#8a8f98', '#e76fa1'];

/** The charts of the last render, disposed when the screen is drawn again. */
let charts = [];
let resizeListening = false;

const GROUPS = [
  { groupBy: 'equipmentCategory', title: '按设备类别', kind: 'bars' },
  { groupBy: 'industry', title: '按行业', kind: 'bars' },
  { groupBy: 'usageEnvironment', title: '按使用场所', kind: 'pie' },
  { groupBy: 'hazardType', title: '按隐患类型', kind: 'pie' },
  { groupBy: 'district', title: '按区划', kind: 'bars' },
];

export default {
  route: 'analysis',
  title: '统计分析',
  nav: true,
  async render(root, ctx) {
    useStylesheet('css/lists.css');
    useStylesheet('css/analysis.css');
    charts.forEach((c) => c.dispose());
    charts = [];
    if (!resizeListening) {
      window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
      resizeListening = true;
    }
    const own = districtOf(ctx.caller);
    const period = {
      district: own || ctx.query.get('district') || '',
      from: ctx.query.get('from') || '',
      to: ctx.query.get('to') || '',
    };
    const [echarts, ref] = await Promise.all([import(ECHARTS), names(ctx.api)]);

    root.replaceChildren();
    const screen = el('section', { class: 'analysis-screen', dataset: { testid: 'analysis-screen' } });
    root.append(screen);
    screen.append(filterForm(ctx, ref, period, own));
    const grid = el('div', { class: 'analysis-grid' });
    screen.append(grid);

    const filters = compact(period);
    const draws = GROUPS.map((g) => {
      const card = chartCard(g.groupBy, g.title);
      grid.append(card.node);
      return ctx.api.get('/api/v1/hazard-statistics', { ...filters, groupBy: g.groupBy })
        .then((rows) => draw(echarts, card, g.kind === 'pie' ? pieOption(rows) : barOption(rows), rows.map((r) => r.key),
          statisticsTable(rows)))
        .catch((error) => card.fail(error));
    });

    const trendCard = chartCard('trend', `整改趋势（按发现月份，近 ${MONTHS} 个月）`, 'wide');
    grid.append(trendCard.node);
    draws.push(trend(ctx, period).then((months) => draw(echarts, trendCard, trendOption(months),
      months.map((m) => m.month), trendTable(months))).catch((error) => trendCard.fail(error)));

    const issuesCard = chartCard('common-issues', '共性问题 TOP 10', 'wide');
    grid.append(issuesCard.node);
    draws.push(ctx.api.get('/api/v1/hazard-statistics/common-issues', { ...filters, top: 10 })
      .then((issues) => draw(echarts, issuesCard, issuesOption(issues), issues.map((i) => i.checklistItemCode),
        issuesTable(issues)))
      .catch((error) => issuesCard.fail(error)));
    await Promise.all(draws);
  },
};

function filterForm(ctx, ref, period, own) {
  const district = el('select', { name: 'district', disabled: !!own, dataset: { testid: 'analysis-district' } },
    el('option', { value: '' }, '全市'),
    ref.districts.map((d) => el('option', { value: d.code, selected: d.code === period.district }, d.nameZh)));
  const from = el('input', { type: 'date', name: 'from', value: period.from, dataset: { testid: 'analysis-from' } });
  const to = el('input', { type: 'date', name: 'to', value: period.to, dataset: { testid: 'analysis-to' } });
  const form = el('form', { class: 'lists-filters analysis-filters' },
    el('label', { class: 'lists-field' }, el('span', {}, '区划'), district),
    el('label', { class: 'lists-field' }, el('span', {}, '发现自'), from),
    el('label', { class: 'lists-field' }, el('span', {}, '发现至'), to),
    el('div', { class: 'lists-actions' }, el('button', { type: 'submit', class: 'primary' }, '统计')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new URLSearchParams(compact({ district: own ? '' : district.value, from: from.value, to: to.value }));
    ctx.navigate(`#/analysis${q.toString() ? `?${q}` : ''}`);
  });
  return form;
}

function chartCard(name, title, size = '') {
  const chart = el('div', { class: 'analysis-chart', style: `height: ${size === 'wide' ? 320 : 260}px`, dataset: { testid: `chart-${name}` },
    role: 'img', 'aria-label': title });
  const table = el('details', { class: 'analysis-table' }, el('summary', {}, '数据'));
  const node = el('article', { class: `analysis-card ${size}` }, el('h3', {}, title), chart, table);
  return {
    node, chart, table,
    fail(error) {
      chart.replaceWith(problemBox(error, `chart-${name}-error`));
    },
  };
}

function draw(echarts, card, option, keys, table) {
  const chart = echarts.init(card.chart, null, { renderer: 'canvas' });
  charts.push(chart);
  card.chart.dataset.keys = JSON.stringify(keys);
  card.chart.dataset.empty = String(keys.length === 0);
  chart.on('finished', () => { card.chart.dataset.rendered = 'true'; });
  chart.setOption({
    color: COLORS, animationDuration: 300, textStyle: { fontFamily: 'inherit' },
    ...(keys.length ? {} : { title: { text: '暂无数据', left: 'center', top: 'middle', textStyle: { color: '#8a8f98', fontSize: 14 } } }),
    ...option,
  });
  card.table.append(table);
}

const percent = (rate) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);

/** Bars of hazards, verified and overdue per group, and the rectification rate as a line on the right axis. */
function barOption(rows) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 64 },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 35 : 0 } },
    yAxis: [{ type: 'value', name: '数量', minInterval: 1 }, { type: 'value', name: '整改率%', max: 100, min: 0 }],
    series: [
      { name: '隐患', type: 'bar', barMaxWidth: 22, data: rows.map((r) => r.total) },
      { name: '列入清单', type: 'bar', barMaxWidth: 22, data: rows.map((r) => r.listed) },
      { name: '已销号', type: 'bar', barMaxWidth: 22, data: rows.map((r) => r.verified) },
      { name: '逾期', type: 'bar', barMaxWidth: 22, data: rows.map((r) => r.overdue) },
      { name: '整改率', type: 'line', yAxisIndex: 1, data: rows.map((r) => percent(r.rectificationRate)) },
    ],
  };
}

function pieOption(rows) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{
      name: '隐患', type: 'pie', radius: ['35%', '68%'], center: ['38%', '50%'],
      label: { formatter: '{b}\n{c}' }, data: rows.map((r) => ({ name: r.label, value: r.total })),
    }],
  };
}

function statisticsTable(rows) {
  return el('table', { class: 'lists-table compact' },
    el('thead', {}, el('tr', {}, ['分组', '隐患', '列入清单', '已销号', '逾期', '整改率', '平均销号天数'].map((t) => el('th', {}, t)))),
    el('tbody', {}, rows.map((r) => el('tr', { dataset: { key: r.key ?? '' } },
      el('td', {}, r.label), el('td', {}, r.total), el('td', {}, r.listed), el('td', {}, r.verified), el('td', {}, r.overdue),
      el('td', {}, r.rectificationRate === null ? '—' : `${percent(r.rectificationRate)}%`),
      el('td', {}, r.meanDaysToClose === null ? '—' : Number(r.meanDaysToClose).toFixed(1))))));
}

/** The last MONTHS calendar months up to the month of `to` (or this month), one statistics read each. */
async function trend(ctx, period) {
  const end = period.to ? new Date(`${period.to}T00:00:00`) : new Date();
  const months = [];
  for (let i = MONTHS - 1; i >= 0; i -= 1) {
    const first = new Date(end.getFullYear(), end.getMonth() - i, 1);
    const last = new Date(first.getFullYear(), first.getMonth() + 1, 0);
    months.push({ month: iso(first).slice(0, 7), from: iso(first), to: iso(last) });
  }
  const filters = compact({ district: period.district });
  return Promise.all(months.map(async (m) => {
    const rows = await ctx.api.get('/api/v1/hazard-statistics', { ...filters, groupBy: 'status', from: m.from, to: m.to });
    const sum = (field) => rows.reduce((n, r) => n + (r[field] || 0), 0);
    const listed = sum('listed');
    const verified = sum('verified');
    return { month: m.month, total: sum('total'), listed, verified, rate: listed ? verified / listed : null };
  }));
}

function iso(day) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function trendOption(months) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [{ type: 'value', name: '数量', minInterval: 1 }, { type: 'value', name: '整改率%', max: 100, min: 0 }],
    series: [
      { name: '发现隐患', type: 'line', smooth: true, data: months.map((m) => m.total) },
      { name: '列入清单', type: 'line', smooth: true, data: months.map((m) => m.listed) },
      { name: '已销号', type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: months.map((m) => m.verified) },
      { name: '整改率', type: 'bar', yAxisIndex: 1, barWidth: 12, itemStyle: { opacity: 0.35 }, data: months.map((m) => percent(m.rate)) },
    ],
  };
}

function trendTable(months) {
  return el('table', { class: 'lists-table compact' },
    el('thead', {}, el('tr', {}, ['月份', '发现隐患', '列入清单', '已销号', '整改率'].map((t) => el('th', {}, t)))),
    el('tbody', {}, months.map((m) => el('tr', {}, el('td', {}, m.month), el('td', {}, m.total), el('td', {}, m.listed),
      el('td', {}, m.verified), el('td', {}, m.rate === null ? '—' : `${percent(m.rate)}%`)))));
}

/** 共性问题: the checklist items found at the most units, the most widespread on top. */
function issuesOption(issues) {
  const ordered = [...issues].reverse(); // ECharts draws a category axis bottom-up
  const short = (s) => (s && s.length > 18 ? `${s.slice(0, 18)}…` : s || '');
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 16, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((i) => `${i.checklistItemCode} ${short(i.content)}`) },
    series: [
      { name: '涉及单位', type: 'bar', barMaxWidth: 14, data: ordered.map((i) => i.units) },
      { name: '隐患', type: 'bar', barMaxWidth: 14, data: ordered.map((i) => i.hazards) },
      { name: '未销号', type: 'bar', barMaxWidth: 14, data: ordered.map((i) => i.open) },
    ],
  };
}

function issuesTable(issues) {
  return el('table', { class: 'lists-table compact' },
    el('thead', {}, el('tr', {}, ['排名', '检查项', '内容', '涉及单位', '隐患', '未销号'].map((t) => el('th', {}, t)))),
    el('tbody', {}, issues.map((i, n) => el('tr', { dataset: { testid: 'common-issue' } }, el('td', {}, n + 1),
      el('td', {}, i.checklistItemCode), el('td', {}, i.content), el('td', {}, i.units), el('td', {}, i.hazards),
      el('td', {}, i.open)))));
}
