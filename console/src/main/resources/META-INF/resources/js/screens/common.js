// Small helpers shared by the shell and every screen: building DOM safely (text is always set as text, never
// parsed as HTML, because descriptions and names come from users), the Chinese labels of the API's enums, the
// reference data of inspection-service (the one source of district, industry, category and department names) and
// dates as the API writes them.

/**
 * el('td', {class: 'x', testid: 'y', dataset: {hazard: id}, style: {left: '10%'}, onclick: fn}, 'text', child, ...):
 * `testid` is short for dataset.testid, `style` an object of inline styles, `data-*` and other names attributes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'testid') node.dataset.testid = value;
    else if (name === 'style' && typeof value === 'object') Object.assign(node.style, value);
    else if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'value' || name === 'checked' || name === 'selected' || name === 'disabled') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Injects a stylesheet of this console once (path relative to the console's root). */
export function useStylesheet(path) {
  const href = new URL(`../../${path}`, import.meta.url).href;
  if (![...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.href === href)) {
    document.head.append(el('link', { rel: 'stylesheet', href }));
  }
}

// The labels of the services' enums (hazard-service and task-service specs, component descriptions) and of the
// roles (API.md).
export const LABELS = {
  status: {
    REPORTED: '待甄别', RECORDED: '已记录（轻微）', LISTED: '已列入清单', REMOVED: '已剔除',
    RECTIFYING: '整改中', PENDING_VERIFICATION: '待复查', VERIFIED: '已销号',
  },
  severity: { MINOR: '轻微', GENERAL: '一般', MAJOR: '重大' },
  hazardType: {
    RESPONSIBILITY: '主体责任', MANAGEMENT_SYSTEM: '管理制度', OPERATING_PROCEDURE: '操作规程',
    EQUIPMENT_CONDITION: '设备状况', PERSONNEL_QUALIFICATION: '人员资格', INSPECTION_OVERDUE: '超期未检', OTHER: '其他',
  },
  usageEnvironment: {
    SCHOOL: '学校', HOSPITAL: '医院', ELDERLY_CARE: '养老机构', MALL: '商场', RESIDENTIAL: '住宅小区',
    HOTEL: '宾馆酒店', TRANSPORT_HUB: '交通枢纽', TOURIST_SITE: '旅游景区', FACTORY: '工厂企业',
    CONSTRUCTION_SITE: '建筑工地', PORT: '港口码头', OTHER: '其他',
  },
  source: { INSPECTION: '监督检查', DEPARTMENT_REPORT: '部门移交' },
  method: {
    FOUR_NO_TWO_DIRECT: '四不两直', COVERT: '暗查暗访', SURPRISE: '突击检查', JOINT: '联合检查',
    ROUTINE: '日常检查', SPECIAL: '专项检查',
  },
  enforcementType: {
    PENALTY: '行政处罚', INTERVIEW: '约谈', EXPOSURE: '曝光', BLACKLIST: '列入严重违法失信名单',
    BLACKLIST_LIFTED: '信用修复',
  },
  verificationResult: { PASSED: '复查合格', FAILED: '复查不合格' },
  measureKind: { SYSTEM: '制度', MEASURE: '措施' },
  measureStatus: { DRAFT: '起草中', ADOPTED: '已通过', IN_FORCE: '已施行' },
  taskStatus: { NOT_STARTED: '未开始', IN_PROGRESS: '进行中', DONE: '已完成' },
  // the battle map's traffic light; NONE is the console's own: a district the caller may not see, or no figures
  ragStatus: { GREEN: '正常', AMBER: '临近期限', RED: '有逾期', NONE: '无数据' },
  rating: { GOOD: '好', FAIR: '一般', POOR: '差' },
  role: { city: '市局', 'district-admin': '区局管理员', inspector: '检查员', department: '行业部门', unit: '使用单位' },
};

/** The label of an enum value, or the value itself when unknown, or '—' when absent. */
export function label(kind, value) {
  if (value === undefined || value === null || value === '') return '—';
  return (LABELS[kind] && LABELS[kind][value]) || String(value);
}

const references = new Map();

/**
 * Reference data of inspection-service (open endpoints, plain arrays of {code, nameZh, nameEn[, parent]}), read
 * once per page load; an empty list when it cannot be read (the screens then show codes).
 */
export async function reference(api, name) {
  if (!references.has(name)) {
    references.set(name, api.get(`/api/v1/${name}`).catch(() => []));
  }
  return references.get(name);
}

/** code → Chinese name, for the districts, industries, equipment categories and industry authorities. */
export async function names(api) {
  const [districts, industries, categories, departments] = await Promise.all([
    reference(api, 'districts'), reference(api, 'industries'), reference(api, 'equipment-categories'),
    reference(api, 'departments')]);
  const map = (rows) => new Map((Array.isArray(rows) ? rows : []).map((r) => [r.code, r.nameZh]));
  return {
    districts: Array.isArray(districts) ? districts : [],
    industries: Array.isArray(industries) ? industries : [],
    categories: Array.isArray(categories) ? categories : [],
    district: (code) => (code ? map(districts).get(code) || code : '全市'),
    industry: (code) => (code ? map(industries).get(code) || code : '—'),
    category: (code) => (code ? map(categories).get(code) || code : '—'),
    department: (code) => (code ? map(departments).get(code) || code : '—'),
  };
}

/** A district role (district-admin, inspector) sees only its own district; the city sees all. */
export function districtOf(caller) {
  const roles = (caller && caller.roles) || [];
  return roles.includes('city') ? null : (caller && caller.district) || null;
}

export function isCity(caller) {
  return ((caller && caller.roles) || []).includes('city');
}

/** "2026-03-01T09:30:00+08:00" → "2026-03-01 09:30" (the API writes Shanghai times). */
export function dateTime(value) {
  if (!value) return '—';
  const s = String(value);
  return s.length >= 16 ? `${s.slice(0, 10)} ${s.slice(11, 16)}` : s;
}

/** "2026-03-01T09:30:00+08:00" or "2026-03-01" → "2026-03-01" to show, '—' when absent. */
export function date(value) {
  return isoDay(value) || '—';
}

/** The day of a date or Shanghai time as "YYYY-MM-DD" (sorts and compares as text), '' when absent. */
export function isoDay(value) {
  return value ? String(value).slice(0, 10) : '';
}

/** A box that shows a failed request's problem (title and detail) instead of the screen. */
export function problemBox(error, testid = 'screen-error') {
  const status = error && error.status ? `（${error.status}）` : '';
  const text = (error && (error.detail || error.title || error.message)) || '请求失败';
  return el('div', { class: 'screen-problem', role: 'alert', dataset: { testid } }, `出错了${status}：${text}`);
}

/** Keeps only the query values that are set (the API reads an empty value as a filter). */
export function compact(object) {
  const out = {};
  for (const [k, v] of Object.entries(object)) {
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  }
  return out;
}
