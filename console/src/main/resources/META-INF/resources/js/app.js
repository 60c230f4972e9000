// The shell: sign-in, the top navigation, the hash router (#/<route>/<rest…>?<query>) and the error banner.
import { createApi } from './api.js';
import * as auth from './auth.js';
import { label, names } from './screens/common.js';
import screens from './screens/index.js';

const DEFAULT_ROUTE = 'battle-map';
const screenRoot = document.getElementById('screen');
const topBar = document.querySelector('[data-testid="top-bar"]');
const errorBanner = document.querySelector('[data-testid="error"]');
let renderCount = 0;

const STATUS_TEXT = {
  400: '请求有误', 401: '登录已过期，请重新登录', 403: '无权进行此操作', 404: '未找到', 409: '操作与当前状态冲突',
  412: '数据已被他人修改，请刷新后重试', 413: '内容过大', 415: '文件类型不支持', 422: '无法处理该请求',
  429: '请求过于频繁，请稍后再试', 502: '后台服务暂不可用', 503: '后台服务暂不可用', 504: '后台服务响应超时',
};

/** A failure in Chinese: what happened (by status), with the problem's detail for the specifics. */
export function describeError(error) {
  if (error && error.status) {
    const what = STATUS_TEXT[error.status] || (error.status >= 500 ? '服务出错' : '请求失败');
    return `${what}（${error.status}${error.detail ? `：${error.detail}` : ''}）`;
  }
  return `出错了：${error?.message || error}`;
}

function showError(error) {
  errorBanner.textContent = describeError(error);
  errorBanner.hidden = false;
}

function clearError() {
  errorBanner.hidden = true;
  errorBanner.textContent = '';
}

function parseHash() {
  const raw = window.location.hash.replace(/^#/, '');
  const [path, search] = raw.split('?', 2);
  const segments = (path || '').split('/').filter(Boolean).map((s) => {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  });
  return { route: segments[0] || DEFAULT_ROUTE, params: segments.slice(1), query: new URLSearchParams(search || '') };
}

/** "和平区 · 检查员（inspector-heping）"; the names come from the reference data (read once per page load). */
function describeCaller(caller, ref) {
  const role = caller.roles.map((r) => label('role', r)).join('、');
  const where = caller.department ? ref.department(caller.department) : ref.district(caller.district);
  return `${where} · ${role}（${caller.sub}）`;
}

function renderNav(active) {
  const nav = topBar.querySelector('[data-testid="nav"]');
  nav.innerHTML = '';
  for (const screen of screens.filter((s) => s.nav)) {
    const a = document.createElement('a');
    a.href = `#/${screen.route}`;
    a.textContent = screen.title;
    a.dataset.testid = `nav-${screen.route}`;
    if (screen.route === active) a.classList.add('active');
    nav.appendChild(a);
  }
}

async function renderRoute(api) {
  const caller = auth.caller();
  if (!caller) {
    await renderSignIn();
    return;
  }
  const ref = await names(api); // cached after the first render; awaited first so the rest stays in order
  const { route, params, query } = parseHash();
  const mine = ++renderCount;
  clearError();
  topBar.hidden = false;
  topBar.querySelector('[data-testid="caller"]').textContent = describeCaller(caller, ref);
  renderNav(route);
  const screen = screens.find((s) => s.route === route);
  screenRoot.innerHTML = '';
  delete screenRoot.dataset.ready;
  screenRoot.dataset.route = route;
  if (!screen) {
    screenRoot.innerHTML = '<p class="placeholder" data-testid="screen-unknown">没有这个页面</p>';
    return;
  }
  document.title = `${screen.title} · 特种设备安全专项整治`;
  const root = document.createElement('section');
  root.className = `screen screen-${route}`;
  root.dataset.testid = `screen-${route}`;
  screenRoot.appendChild(root);
  const ctx = {
    api, caller, params, query,
    navigate(hash) { window.location.hash = hash.startsWith('#') ? hash : `#${hash}`; },
  };
  try {
    await screen.render(root, ctx);
    if (mine === renderCount) screenRoot.dataset.ready = 'true';
  } catch (error) {
    if (mine === renderCount) showError(error);
  }
}

async function renderSignIn() {
  const mine = ++renderCount;
  topBar.hidden = true;
  screenRoot.innerHTML = '';
  screenRoot.dataset.route = 'sign-in';
  const box = document.createElement('section');
  box.className = 'sign-in';
  box.dataset.testid = 'sign-in';
  box.innerHTML = '<h1>特种设备安全专项整治 · 工作台</h1><p class="muted">请登录</p>';
  screenRoot.appendChild(box);
  let settings;
  let identities = [];
  try {
    settings = await auth.settings();
    if (settings.devSignIn) identities = await auth.devIdentities();
  } catch (error) {
    showError(error);
    return;
  }
  if (mine !== renderCount) return; // a later render took over the page
  if (settings.oidc) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary';
    button.dataset.testid = 'sign-in-oidc';
    button.textContent = '统一身份认证登录';
    button.addEventListener('click', () => auth.startOidc(settings.oidc).catch(showError));
    box.appendChild(button);
  }
  if (settings.devSignIn) {
    const heading = document.createElement('h2');
    heading.textContent = '本地演示身份（仅本地与开发环境）';
    box.appendChild(heading);
    const list = document.createElement('ul');
    list.className = 'identities';
    for (const identity of identities) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.testid = `sign-in-${identity.id}`;
      button.textContent = identity.label;
      button.addEventListener('click', async () => {
        try {
          await auth.devSignIn(identity.id);
          go(`#/${DEFAULT_ROUTE}`);
        } catch (error) {
          showError(error);
        }
      });
      li.appendChild(button);
      list.appendChild(li);
    }
    box.appendChild(list);
  }
  if (!settings.oidc && !settings.devSignIn) {
    const p = document.createElement('p');
    p.dataset.testid = 'sign-in-unconfigured';
    p.textContent = '未配置登录方式（console.oidc.issuer、console.oidc.client-id）';
    box.appendChild(p);
  }
}

/** Shows a route: a new hash renders through hashchange, the current one is rendered again. */
function go(hash) {
  if (window.location.hash === hash) renderRoute(api);
  else window.location.hash = hash;
}

function signOut() {
  auth.signOut();
  window.history.replaceState(null, '', '/');
  renderRoute(api);
}

const api = createApi(auth.token, () => {
  auth.signOut();
  renderSignIn();
});

topBar.querySelector('[data-testid="sign-out"]').addEventListener('click', signOut);
window.addEventListener('hashchange', () => renderRoute(api));

(async () => {
  try {
    const settings = await auth.settings();
    await auth.completeOidc(settings.oidc);
  } catch (error) {
    showError(error);
  }
  renderRoute(api);
})();
