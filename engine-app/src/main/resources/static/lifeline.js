// Shared by Lifeline's pages. They use the one login of the app (the webapps' session): calls to /api
// carry the session cookie and, when they change something, the session's CSRF token (cookie
// XSRF-TOKEN, sent back as header X-XSRF-TOKEN). A call answered 401 means the session has ended
// (logout, idle or absolute timeout, account disabled): the browser goes to the login page.
window.lifeline = (function () {
  const LOGIN_PAGE = '/camunda/app/tasklist/default/';
  const LOGOUT = '/camunda/api/admin/auth/user/default/logout';
  const SAFE = ['GET', 'HEAD', 'OPTIONS'];

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function withToken(options) {
    const headers = new Headers(options.headers || {});
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const token = csrfToken();
    if (!SAFE.includes((options.method || 'GET').toUpperCase()) && token) headers.set('X-XSRF-TOKEN', token);
    return Object.assign({}, options, {headers: headers, credentials: 'same-origin'});
  }

  async function api(url, options) {
    const response = await fetch(url, withToken(options || {}));
    if (response.status === 401) window.location.assign(LOGIN_PAGE);
    return response;
  }

  // the webapps' logout ends the whole session: Tasklist, Cockpit, Admin and these pages
  async function logout() {
    await fetch(LOGOUT, withToken({method: 'POST'}));
    window.location.assign(LOGIN_PAGE);
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      return body.errors.map((e) => e.message).join(';');
    } catch (e) {
      return '请求失败(' + response.status + ')';
    }
  }

  // a page's status form changes the status through the API, then shows the page anew
  async function changeStatus(event) {
    event.preventDefault();
    const form = event.target;
    const response = await api('/api/customers/' + encodeURIComponent(form.dataset.customer) + '/status', {
      method: 'PUT',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({status: form.elements.status.value, reason: form.elements.reason.value})
    });
    if (response.ok) {
      window.location.reload();
      return;
    }
    await showProblem(response);
  }

  async function showProblem(response) {
    const problem = document.getElementById('problem');
    problem.textContent = await errorText(response);
    problem.hidden = false;
  }

  // a page's deletion form starts deletion approval through the API; the answer says what happens next
  async function requestDeletion(event) {
    event.preventDefault();
    const form = event.target;
    const response = await api('/api/customers/' + encodeURIComponent(form.dataset.customer) + '/deletion-requests', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({reason: form.elements.reason.value, evidence: form.elements.evidence.value})
    });
    if (response.ok) {
      form.hidden = true;
      document.getElementById('problem').hidden = true;
      document.getElementById('deletion-requested').hidden = false;
      return;
    }
    await showProblem(response);
  }

  // 我的导出: makes the archive of an approved export; its password is in this answer only, shown once
  async function makeArchive(event) {
    event.preventDefault();
    const form = event.target;
    const response = await api('/api/exports/' + encodeURIComponent(form.dataset.export) + '/archive', {method: 'POST'});
    if (response.ok) {
      const made = await response.json();
      form.hidden = true;
      const shown = document.getElementById('export-password-' + made.exportId);
      shown.querySelector('code').textContent = made.password;
      shown.hidden = false;
      return;
    }
    await showProblem(response);
  }

  // a page's change form starts customer-change through the API and opens its task in Tasklist
  async function startChange(event) {
    event.preventDefault();
    const form = event.target;
    const response = await api('/api/customers/' + encodeURIComponent(form.dataset.customer) + '/changes', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({reason: form.elements.reason.value, reasonText: form.elements.reasonText.value || null})
    });
    if (response.ok) {
      window.location.assign((await response.json()).taskUrl);
      return;
    }
    await showProblem(response);
  }

  // a page's follow-up form records it through the API (the same path as Tasklist's start form), then shows the page anew
  async function recordFollowUp(event) {
    event.preventDefault();
    const form = event.target;
    const fields = ['occurredAt', 'method', 'participants', 'content', 'nextActionOn', 'nextAction'];
    const body = {};
    fields.forEach((name) => { body[name] = form.elements[name].value || null; });
    const response = await api('/api/customers/' + encodeURIComponent(form.dataset.customer) + '/follow-ups', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    });
    if (response.ok) {
      window.location.reload();
      return;
    }
    await showProblem(response);
  }

  // a contact nobody can reach: INVALID at once; with fewer than two valid left the owner gets a replacement task
  async function markUnreachable(event) {
    event.preventDefault();
    const form = event.target;
    const response = await api('/api/customers/' + encodeURIComponent(form.dataset.customer) + '/contacts/'
        + encodeURIComponent(form.dataset.contact) + '/unreachable', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({reason: form.elements.reason.value})
    });
    if (response.ok) {
      window.location.reload();
      return;
    }
    await showProblem(response);
  }

  // a contact withdraws one purpose of their consent, effective at once
  async function withdrawConsent(event) {
    const button = event.target;
    if (!window.confirm(button.title + '?')) return;
    const response = await api('/api/customers/' + encodeURIComponent(button.dataset.customer) + '/contacts/'
        + encodeURIComponent(button.dataset.contact) + '/consents/' + encodeURIComponent(button.dataset.purpose)
        + '/withdrawal', {method: 'POST'});
    if (response.ok) {
      window.location.reload();
      return;
    }
    await showProblem(response);
  }

  // a renewed consent of one contact, with the signed letter as a file (multipart: the browser sets its boundary)
  async function renewConsent(event) {
    event.preventDefault();
    const form = event.target;
    const body = new FormData();
    ['service', 'emergency', 'marketing'].forEach((name) => body.append(name, form.elements[name].checked));
    body.append('channel', form.elements.channel.value);
    body.append('evidence', form.elements.evidence.value);
    if (form.elements.file.files.length > 0) body.append('file', form.elements.file.files[0]);
    const response = await api('/api/customers/' + encodeURIComponent(form.dataset.customer) + '/contacts/'
        + encodeURIComponent(form.elements.contact.value) + '/consents', {method: 'POST', body: body});
    if (response.ok) {
      window.location.reload();
      return;
    }
    await showProblem(response);
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-export-archive]').forEach((form) => form.addEventListener('submit', makeArchive));
    document.querySelectorAll('[data-logout]').forEach((button) => button.addEventListener('click', logout));
    document.querySelectorAll('[data-status-change]').forEach((form) => form.addEventListener('submit', changeStatus));
    document.querySelectorAll('[data-deletion-request]').forEach((form) => form.addEventListener('submit', requestDeletion));
    document.querySelectorAll('[data-follow-up]').forEach((form) => form.addEventListener('submit', recordFollowUp));
    document.querySelectorAll('[data-contact-unreachable]').forEach((form) => form.addEventListener('submit', markUnreachable));
    document.querySelectorAll('[data-consent-withdrawal]').forEach((button) => button.addEventListener('click', withdrawConsent));
    document.querySelectorAll('[data-consent-renewal]').forEach((form) => form.addEventListener('submit', renewConsent));
    document.querySelectorAll('[data-change-start]').forEach((form) => form.addEventListener('submit', startChange));
  });

  return {api: api, fetchWithToken: (url, options) => fetch(url, withToken(options || {})), csrfToken: csrfToken,
    logout: logout, loginPage: LOGIN_PAGE};
})();
