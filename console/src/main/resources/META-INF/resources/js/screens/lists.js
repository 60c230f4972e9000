// 两个清单: the problem-and-hazard list (问题隐患清单, GET /api/v1/hazards?listed=true&view=summary) and the
// institutional-measures list (制度措施清单, GET /api/v1/measures), as filterable, sortable, paged tables with the
// CSV/XLSX exports of the API (GET /api/v1/hazard-list and /api/v1/measures-list by Accept).
//
// Every filter, the sort and the page live in the URL (#/lists/hazards?severity=MAJOR&sort=deadline,asc), so a
// link reproduces the view. Only filters the API offers are shown: the measures list filters by district, kind
// and status only, because that is all GET /api/v1/measures takes; the rows, totals and order are the API's own.
import {
  el, useStylesheet, label, LABELS, names, districtOf, dateTime, date, problemBox, compact,
} from './common.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE_SIZES = [20, 50, 100];

// The hazard list: the API's filters (GET /api/v1/hazards) and the fields it sorts by.
const HAZARD_FILTERS = ['district', 'status', 'severity', 'hazardType', 'equipmentCategory', 'industry',
  'usageEnvironment', 'overdue', 'from', 'to'];
const HAZARD_COLUMNS = [
  { key: 'district', title: '区划', sort: 'district' },
  { key: 'unitName', title: '使用单位', sort: 'unitName' },
  { key: 'equipmentCategory', title: '设备类别' },
  { key: 'description', title: '问题隐患' },
  { key: 'severity', title: '等级', sort: 'severity' },
  { key: 'hazardType', title: '类型' },
  { key: 'status', title: '状态', sort: 'status' },
  { key: 'foundAt', title: '发现时间', sort: 'foundAt' },
  { key: 'deadline', title: '整改时限', sort: 'deadline' },
  { key: 'overdue', title: '逾期' },
];
// The statuses of a listed hazard (the list holds general and major hazards that were not removed).
const LISTED_STATUSES = ['LISTED', 'RECTIFYING', 'PENDING_VERIFICATION', 'VERIFIED'];

const MEASURE_FILTERS = ['district', 'kind', 'status'];
const MEASURE_COLUMNS = [
  { key: 'title', title: '名称', sort: 'title' },
  { key: 'kind', title: '类别' },
  { key: 'district', title: '区划' },
  { key: 'leadDepartment', title: '牵头部门' },
  { key: 'dueDate', title: '完成时限', sort: 'dueDate' },
  { key: 'status', title: '状态', sort: 'status' },
  { key: 'documentNumber', title: '文号' },
  { key: 'createdAt', title: '创建时间', sort: 'createdAt' },
];

export default {
  route: 'lists',
  title: '两个清单',
  nav: true,
  async render(root, ctx) {
    useStylesheet('css/lists.css');
    const which = ctx.params[0] === 'measures' ? 'measures' : 'hazards';
    const ref = await names(ctx.api);
    root.replaceChildren();
    const screen = el('section', { class: 'lists-screen', dataset: { testid: 'lists-screen', list: which } });
    root.append(screen);
    screen.append(el('nav', { class: 'lists-tabs', 'aria-label': '两个清单' },
      tab(ctx, 'hazards', '问题隐患清单', which), tab(ctx, 'measures', '制度措施清单', which)));
    if (which === 'measures') await measures(screen, ctx, ref);
    else await hazards(screen, ctx, ref);
  },
};

function tab(ctx, name, text, which) {
  return el('a', {
    href: `#/lists/${name}`, class: name === which ? 'active' : '', dataset: { testid: `lists-tab-${name}` },
    'aria-current': name === which ? 'page' : null,
  }, text);
}

/** The query of the current view: the filters named, plus sort, size and the page (number or cursor). */
function viewOf(query, filterNames, defaultSort) {
  const filters = {};
  for (const n of filterNames) filters[n] = query.get(n) || '';
  const size = PAGE_SIZES.includes(Number(query.get('size'))) ? Number(query.get('size')) : PAGE_SIZES[0];
  const page = Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);
  return { filters, sort: query.get('sort') || defaultSort, size, page, after: query.get('after') || '' };
}

function hashOf(list, view) {
  const q = new URLSearchParams(compact({ ...view.filters, sort: view.sort, size: view.size,
    page: view.page || '', after: view.after }));
  const s = q.toString();
  return `#/lists/${list}${s ? `?${s}` : ''}`;
}

// ---- 问题隐患清单 -------------------------------------------------------------------------------------------

async function hazards(screen, ctx, ref) {
  const view = viewOf(ctx.query, HAZARD_FILTERS, 'foundAt,desc');
  const own = districtOf(ctx.caller);
  if (own) view.filters.district = own; // a district role sees only its own district: the API insists too

  const apiFilters = compact({ ...view.filters, listed: 'true' });
  screen.append(filterForm(ctx, 'hazards', view, [
    selectField('district', '区划', districtOptions(ref), view.filters.district, { disabled: !!own }),
    selectField('status', '状态', LISTED_STATUSES.map((s) => [s, label('status', s)]), view.filters.status),
    selectField('severity', '等级', [['GENERAL', '一般'], ['MAJOR', '重大']], view.filters.severity),
    selectField('hazardType', '隐患类型', Object.entries(LABELS.hazardType), view.filters.hazardType),
    selectField('equipmentCategory', '设备类别', categoryOptions(ref), view.filters.equipmentCategory),
    selectField('industry', '行业', ref.industries.map((i) => [i.code, i.nameZh]), view.filters.industry),
    selectField('usageEnvironment', '使用场所', Object.entries(LABELS.usageEnvironment), view.filters.usageEnvironment),
    selectField('overdue', '逾期', [['true', '已逾期'], ['false', '未逾期']], view.filters.overdue),
    dateField('from', '发现自', view.filters.from),
    dateField('to', '发现至', view.filters.to),
  ]));
  // the export answers the city and the district roles (API.md); other callers are not offered it
  if (hasRole(ctx.caller, 'city', 'district-admin', 'inspector')) {
    screen.append(exportBar(ctx, '/api/v1/hazard-list', apiFilters, '问题隐患清单', 'hazards'));
  }

  const holder = el('div', { class: 'lists-table-holder' });
  screen.append(holder);
  let page;
  try {
    page = await ctx.api.get('/api/v1/hazards', compact({
      ...apiFilters, view: 'summary', sort: view.sort, size: view.size,
      ...(view.after ? { after: view.after } : { page: view.page }),
    }));
  } catch (error) {
    holder.append(problemBox(error, 'lists-error'));
    if (view.after) holder.append(el('a', { href: hashOf('hazards', { ...view, page: 0, after: '' }) }, '从第一页重新开始'));
    return;
  }
  const cells = {
    district: (h) => ref.district(h.district),
    unitName: (h) => h.unitName,
    equipmentCategory: (h) => ref.category(h.equipmentCategory),
    description: (h) => el('span', { class: 'lists-description', title: h.description || '' }, h.description || '—'),
    severity: (h) => el('span', { class: `badge severity-${h.severity}` }, label('severity', h.severity)),
    hazardType: (h) => label('hazardType', h.hazardType),
    status: (h) => el('span', { class: `badge status-${h.status}` }, label('status', h.status)),
    foundAt: (h) => dateTime(h.foundAt),
    deadline: (h) => date(h.deadline),
    overdue: (h) => (h.overdue ? el('span', { class: 'badge overdue' }, '逾期') : '否'),
  };
  holder.append(table(ctx, 'hazards', view, HAZARD_COLUMNS, page.items, cells, (h) => ({
    testid: 'hazard-row', id: h.id,
    open: () => ctx.navigate(`#/hazards/${h.id}`),
  })));
  holder.append(pager(ctx, 'hazards', view, page));
}

// ---- 制度措施清单 -------------------------------------------------------------------------------------------

async function measures(screen, ctx, ref) {
  const view = viewOf(ctx.query, MEASURE_FILTERS, 'createdAt,desc');
  const own = districtOf(ctx.caller);
  // a district bureau sees the city-wide measures and its own district's: it may filter to either
  const districtChoices = own ? [['city', '全市'], [own, ref.district(own)]]
    : [['city', '全市'], ...districtOptions(ref)];
  screen.append(filterForm(ctx, 'measures', view, [
    selectField('district', '区划', districtChoices, view.filters.district),
    selectField('kind', '类别', Object.entries(LABELS.measureKind), view.filters.kind),
    selectField('status', '状态', Object.entries(LABELS.measureStatus), view.filters.status),
  ]));
  screen.append(el('p', { class: 'lists-note' },
    '制度措施清单按区划、类别、状态筛选（接口提供的筛选条件）。'));
  const apiFilters = compact(view.filters);
  if (hasRole(ctx.caller, 'city', 'district-admin')) {
    screen.append(exportBar(ctx, '/api/v1/measures-list', apiFilters, '制度措施清单', 'measures'));
  }

  const holder = el('div', { class: 'lists-table-holder' });
  screen.append(holder);
  let page;
  try {
    page = await ctx.api.get('/api/v1/measures', compact({
      ...apiFilters, sort: view.sort, size: view.size, page: view.page,
    }));
  } catch (error) {
    holder.append(problemBox(error, 'lists-error'));
    return;
  }
  const cells = {
    title: (m) => el('span', { title: m.description || '' }, m.title),
    kind: (m) => label('measureKind', m.kind),
    district: (m) => ref.district(m.district),
    leadDepartment: (m) => m.leadDepartment || '—',
    dueDate: (m) => date(m.dueDate),
    status: (m) => el('span', { class: `badge measure-${m.status}` }, label('measureStatus', m.status)),
    documentNumber: (m) => m.documentNumber || '—',
    createdAt: (m) => dateTime(m.createdAt),
  };
  holder.append(table(ctx, 'measures', view, MEASURE_COLUMNS, page.items, cells,
    (m) => ({ testid: 'measure-row', id: m.id })));
  holder.append(pager(ctx, 'measures', view, page));
}

// ---- parts ----------------------------------------------------------------------------------------------

function hasRole(caller, ...roles) {
  return ((caller && caller.roles) || []).some((r) => roles.includes(r));
}

function districtOptions(ref) {
  return ref.districts.map((d) => [d.code, d.nameZh]);
}

/** The catalogue's categories and kinds (two levels; the API includes every category beneath the one named). */
function categoryOptions(ref) {
  const top = ref.categories.filter((c) => !c.parent);
  const options = [];
  for (const t of top) {
    options.push([t.code, t.nameZh]);
    for (const c of ref.categories.filter((x) => x.parent === t.code)) options.push([c.code, `　${c.nameZh}`]);
  }
  return options;
}

function selectField(name, text, options, value, { disabled = false } = {}) {
  const select = el('select', { name, disabled, dataset: { testid: `filter-${name}` } },
    el('option', { value: '' }, '全部'),
    options.map(([v, t]) => el('option', { value: v, selected: v === value }, t)));
  return el('label', { class: 'lists-field' }, el('span', {}, text), select);
}

function dateField(name, text, value) {
  return el('label', { class: 'lists-field' }, el('span', {}, text),
    el('input', { type: 'date', name, value: value || '', dataset: { testid: `filter-${name}` } }));
}

/** The filters as a form: applying it starts at the first page with the same sort and size. */
function filterForm(ctx, list, view, fields) {
  const form = el('form', { class: 'lists-filters', dataset: { testid: 'lists-filters' } }, fields,
    el('div', { class: 'lists-actions' },
      el('button', { type: 'submit', class: 'primary', dataset: { testid: 'filter-apply' } }, '查询'),
      el('button', {
        type: 'button', dataset: { testid: 'filter-reset' },
        onclick: () => ctx.navigate(`#/lists/${list}`),
      }, '重置')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const filters = {};
    for (const name of Object.keys(view.filters)) {
      const input = form.elements.namedItem(name);
      filters[name] = input ? input.value : '';
    }
    ctx.navigate(hashOf(list, { ...view, filters, page: 0, after: '' }));
  });
  return form;
}

function exportBar(ctx, path, filters, title, list) {
  const status = el('span', { class: 'lists-export-status', dataset: { testid: 'export-status' } });
  const button = (format, text, accept, ext) => el('button', {
    type: 'button', dataset: { testid: `export-${list}-${format}` },
    onclick: async (event) => {
      const b = event.currentTarget;
      b.disabled = true;
      status.textContent = '正在导出…';
      try {
        await ctx.api.download(path, filters, `${title}.${ext}`, accept);
        status.textContent = '已导出';
      } catch (error) {
        status.textContent = `导出失败：${error.detail || error.title || error.message}`;
      } finally {
        b.disabled = false;
      }
    },
  }, text);
  return el('div', { class: 'lists-export' }, el('span', {}, '导出当前筛选结果：'),
    button('csv', '导出 CSV', 'text/csv', 'csv'), button('xlsx', '导出 Excel', XLSX, 'xlsx'), status);
}

/** The table; a header of a sortable column toggles the API's sort (field,asc|desc) and starts at page 0. */
function table(ctx, list, view, columns, items, cells, rowOf) {
  const [sortField, sortDir] = view.sort.split(',');
  const head = el('tr', {}, columns.map((c) => {
    if (!c.sort) return el('th', { scope: 'col' }, c.title);
    const active = c.sort === sortField;
    const next = active && sortDir !== 'asc' ? 'asc' : 'desc';
    return el('th', {
      scope: 'col', class: 'sortable', 'aria-sort': active ? (sortDir === 'asc' ? 'ascending' : 'descending') : null,
    }, el('a', {
      href: hashOf(list, { ...view, sort: `${c.sort},${next}`, page: 0, after: '' }),
      dataset: { testid: `sort-${c.sort}` },
    }, c.title, active ? (sortDir === 'asc' ? ' ▲' : ' ▼') : ''));
  }));
  const body = el('tbody', {});
  if (!items.length) {
    body.append(el('tr', {}, el('td', { colspan: columns.length, class: 'lists-empty', dataset: { testid: 'lists-empty' } },
      '没有符合条件的记录')));
  }
  for (const item of items) {
    const r = rowOf(item);
    const row = el('tr', { dataset: { testid: r.testid, id: r.id }, tabindex: r.open ? 0 : null, class: r.open ? 'clickable' : '' },
      columns.map((c) => el('td', { dataset: { col: c.key } }, cells[c.key](item))));
    if (r.open) {
      row.addEventListener('click', r.open);
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') r.open(); });
    }
    body.append(row);
  }
  return el('table', { class: 'lists-table', dataset: { testid: `${list}-table` } }, el('thead', {}, head), body);
}

/**
 * Paging: "下一页" follows the page's keyset cursor (`next`, fast at any depth), the other buttons go by page number
 * (the API's page/size). The page number is kept beside the cursor for display.
 */
function pager(ctx, list, view, page) {
  const pages = Math.max(1, Math.ceil(page.total / view.size));
  const go = (v) => ctx.navigate(hashOf(list, v));
  const nextView = page.next ? { ...view, page: view.page + 1, after: page.next }
    : (view.page + 1 < pages && !view.after ? { ...view, page: view.page + 1 } : null);
  const size = el('select', {
    dataset: { testid: 'page-size' }, 'aria-label': '每页条数',
    onchange: (e) => go({ ...view, size: Number(e.target.value), page: 0, after: '' }),
  }, PAGE_SIZES.map((s) => el('option', { value: s, selected: s === view.size }, `${s} 条/页`)));
  return el('div', { class: 'lists-pager', dataset: { testid: 'pager' } },
    el('span', { dataset: { testid: 'lists-total' } },
      `共 ${page.total}${page.totalIsEstimate ? '（约）' : ''} 条，第 ${view.page + 1} / ${pages} 页`),
    el('button', { type: 'button', disabled: view.page === 0 && !view.after, dataset: { testid: 'page-first' },
      onclick: () => go({ ...view, page: 0, after: '' }) }, '首页'),
    el('button', { type: 'button', disabled: view.page === 0, dataset: { testid: 'page-prev' },
      onclick: () => go({ ...view, page: view.page - 1, after: '' }) }, '上一页'),
    el('button', { type: 'button', disabled: !nextView, dataset: { testid: 'page-next' },
      onclick: () => go(nextView) }, '下一页'),
    size);
}
