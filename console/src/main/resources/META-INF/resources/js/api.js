// The API as the screens see it: every call carries the signed-in caller's token, an answer of 4xx/5xx becomes an
// ApiError carrying the RFC 9457 problem's title, detail and status (the shell shows it in Chinese).
// Paths are the services' own (/api/v1/...): the console's origin routes them, as the Ingress does in Kubernetes.

export class ApiError extends Error {
  constructor(status, title, detail, problem) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.problem = problem;
  }
}

function url(path, query) {
  const u = new URL(path, window.location.origin);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) value.forEach((v) => u.searchParams.append(key, v));
      else u.searchParams.set(key, value);
    }
  }
  return u.pathname + u.search;
}

async function problemOf(response) {
  let problem = null;
  try {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) problem = await response.json();
  } catch (e) { /* no body */ }
  return new ApiError(response.status, problem?.title || response.statusText, problem?.detail, problem);
}

function filenameOf(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * @param {() => string|null} token the current bearer token
 * @param {() => void} onUnauthorized called on a 401 (the token expired): the shell signs out
 */
export function createApi(token, onUnauthorized) {
  async function call(method, path, { query, body, headers } = {}) {
    const h = new Headers(headers || {});
    const t = token();
    if (t) h.set('Authorization', `Bearer ${t}`);
    if (!h.has('Accept')) h.set('Accept', 'application/json, application/problem+json');
    let payload;
    if (body !== undefined) {
      h.set('Content-Type', 'application/json');
      payload = JSON.stringify(body);
    }
    const response = await fetch(url(path, query), { method, headers: h, body: payload });
    if (response.status === 401) onUnauthorized();
    if (!response.ok) throw await problemOf(response);
    return response;
  }

  return {
    /** GET → parsed JSON. */
    async get(path, query) {
      const response = await call('GET', path, { query });
      return response.status === 204 ? null : response.json();
    },
    /** POST/PATCH/PUT/DELETE with a JSON body → parsed JSON (or null). */
    async send(method, path, body, headers) {
      const response = await call(method, path, { body, headers });
      const type = response.headers.get('Content-Type') || '';
      return type.includes('json') ? response.json() : null;
    },
    /**
     * Fetches a file with the token and saves it through a Blob link (exports are large: no page navigation).
     * `accept` picks the format where the API negotiates it (e.g. 'text/csv' for GET /api/v1/hazard-list).
     */
    async download(path, query, fallbackFilename, accept) {
      const response = await call('GET', path, { query, headers: { Accept: accept || '*/*' } });
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filenameOf(response, fallbackFilename || 'download');
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      return link.download;
    },
    /** An object URL for an image the API serves (evidence thumbnails): an <img src> cannot carry the token. */
    async blobUrl(path) {
      const response = await call('GET', path, { headers: { Accept: 'image/*,*/*' } });
      return URL.createObjectURL(await response.blob());
    },
  };
}
