// The console's screens. Each is an ES module whose default export is
//   { route: 'lists', title: '两个清单', nav: true, async render(root, ctx) { … } }
// shown at #/<route>/<rest…>?<query>, with ctx = { api, caller, params (the rest segments), query (URLSearchParams),
// navigate(hash) }. Each is imported on its own: a screen that fails to load (not written yet, or broken) shows
// "此页面尚未提供" and leaves the others working.

const SCREENS = [
  { route: 'battle-map', title: '挂图作战', nav: true, load: () => import('./battle-map.js') },
  { route: 'lists', title: '两个清单', nav: true, load: () => import('./lists.js') },
  { route: 'hazards', title: '隐患详情', nav: false, load: () => import('./hazard.js') },
  { route: 'analysis', title: '统计分析', nav: true, load: () => import('./analysis.js') },
];

function missing(screen, error) {
  return {
    route: screen.route,
    title: screen.title,
    nav: screen.nav,
    missing: true,
    async render(root) {
      root.innerHTML = '';
      const p = document.createElement('p');
      p.className = 'placeholder';
      p.dataset.testid = 'screen-missing';
      p.textContent = '此页面尚未提供';
      root.appendChild(p);
      console.warn(`screen ${screen.route} did not load: ${error}`);
    },
  };
}

const screens = await Promise.all(SCREENS.map(async (screen) => {
  try {
    const module = await screen.load();
    return module.default;
  } catch (error) {
    return missing(screen, error);
  }
}));

export default screens;
