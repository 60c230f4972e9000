// 挂图作战 battle map: the 16 districts coloured by the status GET /api/v1/battle-map gives each, the figures a
// leader asks for on top, and a district's drill-down (#/battle-map/<district code>): its tasks with their time nodes
// on a timeline, what is overdue, the supervision visits and the listed-supervision (挂牌督办) major hazards.
// Everything shown comes from the API answering for the signed-in caller: a district role's map has its own
// district's figures only; the other tiles keep their names (reference data) and no figure.
import { el, label, names, date, isoDay } from './common.js';

// A tile map, not a boundary map: no package in our registries carries Tianjin's district boundaries, so each district
// is a hand-placed tile (CSS grid row / column, spans for the large ones) approximating its position, north at the top:
// 蓟州 at the northern tip, 宝坻 and 宁河 below it, 武清 north-west, 北辰 north of the six central districts,
// 东丽 east of them, 西青 west, 津南 south-east, 静海 south-west, 滨海新区 along the coast on the east.
const TILES = {
  120119: { row: '1', col: '3 / span 2' }, // 蓟州区
  120115: { row: '2', col: '3 / span 2' }, // 宝坻区
  120114: { row: '2 / span 2', col: '1 / span 2' }, // 武清区
  120117: { row: '2 / span 2', col: '5' }, // 宁河区
  120113: { row: '3', col: '3 / span 2' }, // 北辰区
  120106: { row: '4', col: '2' }, // 红桥区
  120105: { row: '4', col: '3' }, // 河北区
  120102: { row: '4', col: '4' }, // 河东区
  120104: { row: '5', col: '2' }, // 南开区
  120101: { row: '5', col: '3' }, // 和平区
  120103: { row: '5', col: '4' }, // 河西区
  120110: { row: '4 / span 2', col: '5' }, // 东丽区
  120111: { row: '4 / span 3', col: '1' }, // 西青区
  120112: { row: '6', col: '3 / span 3' }, // 津南区
  120118: { row: '7', col: '1 / span 3' }, // 静海区
  120116: { row: '2 / span 6', col: '6' }, // 滨海新区
};

function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The figures of the districts the caller sees, added up. */
function headline(entries) {
  const sum = (f) => entries.reduce((n, e) => n + f(e), 0);
  const listed = sum((e) => e.hazards.listed);
  const verified = sum((e) => e.hazards.verified);
  return [
    { key: 'listed', label: '列入清单隐患', value: listed },
    { key: 'verified', label: '已销号', value: verified },
    { key: 'rate', label: '整改率', value: listed ? percent(verified / listed) : '—' },
    { key: 'overdue', label: '逾期隐患', value: sum((e) => e.hazards.overdue), alarm: true },
    { key: 'major-open', label: '未销号重大隐患', value: sum((e) => e.hazards.majorOpen), alarm: true },
    { key: 'tasks', label: '任务完成', value: `${sum((e) => e.tasks.done)} / ${sum((e) => e.tasks.total)}` },
    { key: 'missed', label: '本周逾期时间节点', value: sum((e) => e.tasks.milestonesMissedThisWeek || 0), alarm: true },
  ];
}

function renderHeadline(entries) {
  return el('div', { class: 'headline', testid: 'headline' },
    headline(entries).map((f) => el('div', {
      class: `figure${f.alarm && f.value > 0 ? ' alarm' : ''}`, testid: `headline-${f.key}`, 'data-value': f.value,
    }, el('span', { class: 'value' }, f.value), el('span', { class: 'label' }, f.label))));
}

function renderMap(entries, selected, ref, ctx) {
  const byCode = new Map(entries.map((e) => [e.district, e]));
  const map = el('div', { class: 'tile-map', testid: 'district-map', role: 'list' });
  for (const [code, place] of Object.entries(TILES)) {
    const district = { code, name: ref.district(code) };
    const entry = byCode.get(district.code);
    const status = entry ? entry.ragStatus : 'NONE';
    const tile = el(entry ? 'button' : 'div', {
      class: `tile status-${status}${district.code === selected ? ' selected' : ''}`,
      testid: `district-${district.code}`,
      'data-district': district.code,
      'data-status': status,
      role: 'listitem',
      type: entry ? 'button' : undefined,
      title: entry ? `${district.name}：${label('ragStatus', status)}` : `${district.name}：不在您的查看范围`,
      style: { gridRow: place.row, gridColumn: place.col },
      onclick: entry ? () => ctx.navigate(`#/battle-map/${district.code}`) : undefined,
    }, el('span', { class: 'tile-head' }, el('span', { class: 'name' }, district.name),
      entry ? el('span', { class: 'tile-rate', title: '整改率' }, percent(entry.rectificationRate)) : null));
    if (entry) {
      tile.append(el('span', { class: 'tile-figures' },
        el('span', { title: '已销号 / 列入清单' }, `隐患 ${entry.hazards.verified}/${entry.hazards.listed}`),
        el('span', { title: '已完成 / 全部任务' }, `任务 ${entry.tasks.done}/${entry.tasks.total}`)));
    }
    map.append(tile);
  }
  return map;
}

function legend() {
  return el('div', { class: 'legend', testid: 'legend' },
    ['RED', 'AMBER', 'GREEN', 'NONE'].map((s) => el('span', { class: `swatch status-${s}` }, label('ragStatus', s))),
    el('span', { class: 'muted' }, '区块为示意位置（手工排布，非行政区划边界）'));
}

function dayNumber(value) {
  return Math.floor(Date.parse(`${isoDay(value)}T00:00:00Z`) / 86400000);
}

function today() {
  // the API's "today" is Asia/Shanghai's
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** The district's tasks on one date axis: a bar from creation to due date, its time nodes as markers. */
function renderTimeline(tasks) {
  const now = today();
  const days = [];
  for (const t of tasks) {
    days.push(dayNumber(t.createdAt));
    if (t.dueDate) days.push(dayNumber(t.dueDate));
    t.milestones.forEach((m) => days.push(dayNumber(m.dueDate)));
  }
  days.push(dayNumber(now));
  const first = Math.min(...days) - 1;
  const last = Math.max(...days) + 1;
  const at = (value) => `${(((dayNumber(value) - first) / (last - first)) * 100).toFixed(2)}%`;

  const list = el('ol', { class: 'timeline', testid: 'task-timeline' });
  for (const t of tasks) {
    const track = el('div', { class: 'track' },
      el('span', { class: 'bar', style: { left: at(t.createdAt), right: `calc(100% - ${at(t.dueDate || now)})` } }),
      el('span', { class: 'today', title: `今天 ${now}`, style: { left: at(now) } }),
      t.milestones.map((m) => {
        const missed = !m.completedAt && isoDay(m.dueDate) < now;
        return el('span', {
          class: `node${m.completedAt ? ' done' : missed ? ' missed' : ''}`,
          testid: 'milestone',
          'data-milestone': m.id,
          'data-due': isoDay(m.dueDate),
          title: `${m.title}：${date(m.dueDate)}${m.completedAt ? '（已完成）' : missed ? '（已逾期）' : ''}`,
          style: { left: at(m.dueDate) },
        });
      }));
    list.append(el('li', { class: `task status-${t.ragStatus}`, testid: 'task', 'data-task': t.id, 'data-status': t.ragStatus },
      el('div', { class: 'task-head' },
        el('span', { class: 'task-title' }, t.title),
        el('span', { class: 'badge' }, label('taskStatus', t.status)),
        t.overdue ? el('span', { class: 'badge alarm' }, '逾期') : null,
        el('span', { class: 'muted' }, t.dueDate ? `截止 ${date(t.dueDate)}` : '')),
      track,
      el('ul', { class: 'nodes' }, t.milestones.map((m) => el('li', { testid: 'milestone-label', 'data-milestone': m.id },
        `${m.title} · ${date(m.dueDate)}${m.completedAt ? ' ✓' : ''}`)))));
  }
  return list;
}

function section(title, testid, ...content) {
  return el('section', { class: 'panel drill-section', testid }, el('h2', {}, title), ...content);
}

function empty(text) {
  return el('p', { class: 'muted', testid: 'empty' }, text);
}

async function renderDistrict(panel, code, entry, ref, ctx) {
  panel.append(el('div', { class: 'drill-head' },
    el('h1', { testid: 'district-title' }, `${ref.district(code)} · 挂图作战`),
    el('span', { class: `badge status-${entry.ragStatus}`, testid: 'district-status', 'data-status': entry.ragStatus },
      label('ragStatus', entry.ragStatus)),
    el('a', { href: '#/battle-map', class: 'back', testid: 'back-to-map' }, '返回地图')));

  const [tasks, overdueHazards, majorHazards] = await Promise.all([
    ctx.api.get('/api/v1/tasks', { district: code, size: 200, sort: 'dueDate,asc' }),
    ctx.api.get('/api/v1/hazards', { district: code, overdue: true, listed: true, view: 'summary', size: 50 }),
    ctx.api.get('/api/v1/hazards', { district: code, severity: 'MAJOR', listed: true, view: 'summary', size: 50 }),
  ]);
  const items = tasks.items;

  panel.append(section(`任务与时间节点（${tasks.total}）`, 'district-tasks',
    items.length ? renderTimeline(items) : empty('暂无任务')));

  const overdueTasks = items.filter((t) => t.overdue);
  panel.append(section('逾期事项', 'district-overdue',
    overdueTasks.length || overdueHazards.items.length
      ? el('ul', { class: 'plain' },
        overdueTasks.map((t) => el('li', { testid: 'overdue-task', 'data-task': t.id }, `任务：${t.title}（截止 ${date(t.dueDate)}）`)),
        overdueHazards.items.map((h) => el('li', { testid: 'overdue-hazard', 'data-hazard': h.id },
          el('a', { href: `#/hazards/${h.id}` }, `隐患：${h.unitName} · ${h.description}`), `（整改期限 ${date(h.deadline)}）`)))
      : empty('暂无逾期事项')));

  const supervisions = (await Promise.all(items.map(async (t) => {
    const page = await ctx.api.get(`/api/v1/tasks/${t.id}/supervisions`, { size: 50 });
    return page.items.map((s) => ({ ...s, taskTitle: t.title }));
  }))).flat().sort((a, b) => String(b.date).localeCompare(String(a.date)));
  panel.append(section('督导检查', 'district-supervisions',
    supervisions.length
      ? el('table', {}, el('thead', {}, el('tr', {}, ['日期', '任务', '督导人', '评价', '发现问题'].map((h) => el('th', {}, h)))),
        el('tbody', {}, supervisions.map((s) => el('tr', { testid: 'supervision', 'data-supervision': s.id },
          el('td', {}, date(s.date)), el('td', {}, s.taskTitle), el('td', {}, s.supervisor),
          el('td', {}, label('rating', s.rating)), el('td', {}, s.findings || '')))))
      : empty('暂无督导检查记录')));

  const listedSupervision = items.filter((t) => t.hazardId);
  const hazardsById = new Map(majorHazards.items.map((h) => [h.id, h]));
  panel.append(section('挂牌督办重大隐患', 'district-listed-supervision',
    listedSupervision.length || majorHazards.items.length
      ? el('ul', { class: 'plain' },
        majorHazards.items.map((h) => {
          const task = listedSupervision.find((t) => t.hazardId === h.id);
          return el('li', { testid: 'major-hazard', 'data-hazard': h.id },
            el('a', { href: `#/hazards/${h.id}` }, `${h.unitName} · ${h.description}`),
            `（${label('status', h.status)}，整改期限 ${date(h.deadline)}）`,
            task ? el('span', { class: 'muted' }, ` 督办任务：${label('taskStatus', task.status)}${task.responsiblePerson ? `，责任人 ${task.responsiblePerson}` : ''}`) : null);
        }),
        listedSupervision.filter((t) => !hazardsById.has(t.hazardId)).map((t) => el('li', { testid: 'listed-supervision-task', 'data-task': t.id },
          el('a', { href: `#/hazards/${t.hazardId}` }, t.title), `（${label('taskStatus', t.status)}）`)))
      : empty('暂无挂牌督办的重大隐患')));
}

export default {
  route: 'battle-map',
  title: '挂图作战',
  nav: true,
  async render(root, ctx) {
    let entries;
    try {
      entries = await ctx.api.get('/api/v1/battle-map');
    } catch (error) {
      if (error.status === 403) {
        root.append(el('p', { class: 'placeholder', testid: 'battle-map-forbidden' }, '您的角色不能查看挂图作战'));
        return;
      }
      throw error;
    }
    const selected = ctx.params[0];
    const ref = await names(ctx.api);
    root.append(renderHeadline(entries));
    const body = el('div', { class: 'battle-map-body' });
    root.append(body);
    body.append(el('div', { class: 'map-column' }, renderMap(entries, selected, ref, ctx), legend()));
    const panel = el('div', { class: 'drill', testid: 'district-panel' });
    body.append(panel);
    if (!selected) {
      panel.append(el('p', { class: 'muted' }, '点击地图上的区查看其任务、时间节点、逾期事项、督导检查和挂牌督办隐患。'));
      return;
    }
    const entry = entries.find((e) => e.district === selected);
    if (!entry) {
      panel.append(el('p', { class: 'placeholder', testid: 'district-not-visible' }, `${ref.district(selected)}不在您的查看范围`));
      return;
    }
    panel.dataset.district = selected;
    await renderDistrict(panel, selected, entry, ref, ctx);
    panel.dataset.ready = 'true';
  },
};
