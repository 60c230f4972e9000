// 挂图作战 battle map (placeholder until the tile map lands).
export default {
  route: 'battle-map',
  title: '挂图作战',
  nav: true,
  async render(root, ctx) {
    const page = await ctx.api.get('/api/v1/battle-map');
    root.innerHTML = '<h1>挂图作战</h1>';
    const list = document.createElement('ul');
    for (const entry of page.districts || page.items || []) {
      const li = document.createElement('li');
      li.textContent = JSON.stringify(entry);
      list.appendChild(li);
    }
    root.appendChild(list);
  },
};
