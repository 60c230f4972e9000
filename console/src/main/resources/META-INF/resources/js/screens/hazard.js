// A hazard's page (#/hazards/<id>): what was found, its history as a timeline, the five-point plan (五落实:
// 责任/措施/资金/时限/预案) and its revisions, the rectification reports with their evidence (images fetched with
// the caller's token through GET /api/v1/hazards/{id}/attachments/{attachmentId}), the re-inspections and the
// enforcement actions. One read: GET /api/v1/hazards/{id} carries every nested record; a hazard outside the
// caller's scope is a 404 there, shown as "not found".
import { el, useStylesheet, label, names, dateTime, date, problemBox } from './common.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export default {
  route: 'hazards',
  title: '隐患详情',
  nav: false,
  async render(root, ctx) {
    useStylesheet('css/lists.css');
    const id = ctx.params[0] || '';
    root.replaceChildren();
    const screen = el('section', { class: 'hazard-screen', dataset: { testid: 'hazard-screen' } },
      el('a', { href: '#/lists/hazards', class: 'hazard-back', dataset: { testid: 'hazard-back' } }, '← 返回问题隐患清单'));
    root.append(screen);
    if (!UUID.test(id)) {
      screen.append(problemBox({ status: 404, detail: '没有这条隐患' }, 'hazard-error'));
      return;
    }
    let hazard;
    let ref;
    try {
      [hazard, ref] = await Promise.all([ctx.api.get(`/api/v1/hazards/${id}`), names(ctx.api)]);
    } catch (error) {
      screen.append(problemBox(error.status === 404 ? { status: 404, detail: '没有这条隐患，或不在您的查看范围内' } : error,
        'hazard-error'));
      return;
    }
    screen.dataset.id = hazard.id;
    screen.append(
      header(hazard, ref),
      el('div', { class: 'hazard-columns' },
        el('div', { class: 'hazard-main' },
          planSection(hazard),
          reportsSection(ctx, hazard),
          verificationsSection(hazard),
          enforcementSection(hazard)),
        historySection(hazard)));
  },
};

function header(h, ref) {
  const facts = [
    ['区划', ref.district(h.district)],
    ['使用单位', `${h.unitName}（${h.unitUscc}）`],
    ['行业', ref.industry(h.industry)],
    ['设备类别', ref.category(h.equipmentCategory)],
    ['设备代码', h.equipmentCode || '—'],
    ['使用场所', label('usageEnvironment', h.usageEnvironment)],
    ['隐患类型', label('hazardType', h.hazardType)],
    ['来源', h.source === 'DEPARTMENT_REPORT' ? `部门移交（${h.reportingDepartment || '—'}）`
      : `${label('source', h.source)}${h.method ? ` · ${label('method', h.method)}` : ''}`],
    ['检查项', h.checklistItemCode ? `${h.checklistItemCode}${h.hazardStandard ? ` ${h.hazardStandard}` : ''}` : '—'],
    ['发现时间', dateTime(h.foundAt)],
    ['列入清单', date(h.registeredOn)],
    ['整改时限', date(h.deadline)],
    ['检查人员', (h.inspectors || []).map((i) => i.name).join('、') || '—'],
    ['复查轮次', String(h.rounds ?? 0)],
  ];
  return el('header', { class: 'hazard-header' },
    el('h2', {}, h.description || '（无描述）'),
    el('div', { class: 'hazard-badges' },
      el('span', { class: `badge severity-${h.severity}`, dataset: { testid: 'hazard-severity' } }, label('severity', h.severity)),
      el('span', { class: `badge status-${h.status}`, dataset: { testid: 'hazard-status' } }, label('status', h.status)),
      h.overdue ? el('span', { class: 'badge overdue', dataset: { testid: 'hazard-overdue' } }, '已逾期') : null,
      h.closed ? el('span', { class: 'badge closed' }, '已销号') : null),
    el('dl', { class: 'hazard-facts' }, facts.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))));
}

function section(title, testid, ...children) {
  return el('section', { class: 'hazard-section', dataset: { testid } }, el('h3', {}, title), ...children);
}

/** 五落实: the five points of the current plan, and its earlier versions when it was revised. */
function planSection(h) {
  if (!h.plan) {
    return section('整改方案（五落实）', 'hazard-plan', el('p', { class: 'muted', dataset: { testid: 'hazard-plan-missing' } },
      '尚未制定整改方案'));
  }
  const points = (p) => el('dl', { class: 'five-points' },
    [['责任落实', '责任人', p.responsiblePerson], ['措施落实', '整改措施', p.measures], ['资金落实', '资金（元）', p.funds],
      ['时限落实', '整改时限', date(p.deadline)], ['预案落实', '应急预案', p.contingencyPlan]]
      .map(([point, what, value]) => el('div', { class: 'five-point', dataset: { testid: 'plan-point' } },
        el('dt', {}, point, el('small', {}, what)), el('dd', {}, value || '—'))));
  const current = el('div', {}, points(h.plan),
    el('p', { class: 'muted' }, `${dateTime(h.plan.plannedAt)} 由 ${h.plan.plannedBy || '—'} 制定`));
  const earlier = (h.planHistory || []).filter((p) => p.plannedAt !== h.plan.plannedAt);
  return section('整改方案（五落实）', 'hazard-plan', current,
    earlier.length ? el('details', { class: 'plan-history' }, el('summary', {}, `历次修订（${earlier.length}）`),
      earlier.map((p) => el('div', { class: 'plan-revision' },
        el('p', { class: 'muted' }, `${dateTime(p.plannedAt)} 由 ${p.plannedBy || '—'} 制定`), points(p)))) : null);
}

/** The reports, each with its evidence as thumbnails (a file that is not an image becomes a link). */
function reportsSection(ctx, h) {
  const reports = h.reports || [];
  if (!reports.length) return section('整改报告', 'hazard-reports', el('p', { class: 'muted' }, '尚无整改报告'));
  return section('整改报告', 'hazard-reports', reports.map((r, i) => el('article', { class: 'hazard-card', dataset: { testid: 'hazard-report' } },
    el('header', {}, `第 ${i + 1} 次报告 · 完成于 ${dateTime(r.completedAt)} · ${dateTime(r.submittedAt)} 由 ${r.submittedBy || '—'} 提交`),
    el('p', {}, r.description || ''),
    (r.evidence || []).length ? el('div', { class: 'evidence' },
      r.evidence.map((attachmentId) => thumbnail(ctx, h.id, attachmentId))) : null)));
}

function thumbnail(ctx, hazardId, attachmentId) {
  const box = el('a', { class: 'evidence-thumb', dataset: { testid: 'evidence-thumb', attachment: attachmentId },
    target: '_blank', rel: 'noopener', title: '整改佐证' }, '加载中…');
  (async () => {
    try {
      const url = await ctx.api.blobUrl(`/api/v1/hazards/${hazardId}/attachments/${attachmentId}`);
      box.href = url;
      const img = el('img', { src: url, alt: '整改佐证', loading: 'lazy' });
      img.addEventListener('load', () => { box.dataset.loaded = 'true'; });
      img.addEventListener('error', () => box.replaceChildren('📄 查看附件')); // a PDF: open it instead
      box.replaceChildren(img);
    } catch (error) {
      box.replaceChildren('附件无法读取');
    }
  })();
  return box;
}

function verificationsSection(h) {
  const list = h.verifications || [];
  if (!list.length) return section('复查记录', 'hazard-verifications', el('p', { class: 'muted' }, '尚无复查记录'));
  return section('复查记录', 'hazard-verifications', el('table', { class: 'lists-table compact' },
    el('thead', {}, el('tr', {}, ['轮次', '结论', '复查人', '意见', '复查时间'].map((t) => el('th', {}, t)))),
    el('tbody', {}, list.map((v) => el('tr', { dataset: { testid: 'hazard-verification' } },
      el('td', {}, String(v.round)),
      el('td', {}, el('span', { class: `badge result-${v.result}` }, label('verificationResult', v.result))),
      el('td', {}, v.inspector || '—'), el('td', {}, v.comment || '—'), el('td', {}, dateTime(v.verifiedAt)))))));
}

function enforcementSection(h) {
  const list = h.enforcementActions || [];
  if (!list.length) return section('执法措施', 'hazard-enforcement', el('p', { class: 'muted' }, '尚无执法措施'));
  return section('执法措施', 'hazard-enforcement', el('table', { class: 'lists-table compact' },
    el('thead', {}, el('tr', {}, ['类型', '事由', '法律依据', '金额（元）', '决定书文号', '时间'].map((t) => el('th', {}, t)))),
    el('tbody', {}, list.map((a) => el('tr', { dataset: { testid: 'hazard-enforcement-action' } },
      el('td', {}, label('enforcementType', a.type)), el('td', {}, a.reason || '—'), el('td', {}, a.legalBasis || '—'),
      el('td', {}, a.amount || '—'), el('td', {}, a.decisionNumber || '—'), el('td', {}, dateTime(a.takenAt)))))));
}

/** The history as a vertical timeline, oldest first: each transition with who made it and why. */
function historySection(h) {
  const entries = h.history || [];
  return el('aside', { class: 'hazard-history' }, section('处置过程', 'hazard-history',
    entries.length ? el('ol', { class: 'timeline' }, entries.map((e) => el('li', { dataset: { testid: 'history-entry', to: e.to } },
      el('time', {}, dateTime(e.at)),
      el('strong', {}, e.from ? `${label('status', e.from)} → ${label('status', e.to)}` : label('status', e.to)),
      el('span', { class: 'muted' }, e.actor || ''),
      e.comment ? el('p', {}, e.comment) : null)))
      : el('p', { class: 'muted' }, '暂无记录')));
}
