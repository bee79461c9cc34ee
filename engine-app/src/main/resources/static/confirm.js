// The customer's confirmation page: reads the masked record for the signed token in the URL.
(function () {
  const token = decodeURIComponent(location.pathname.split('/').pop());
  const api = '/api/public/confirmations/' + encodeURIComponent(token);
  const $ = (id) => document.getElementById(id);

  function show(text, isError) {
    $('message').textContent = text;
    $('message').className = isError ? 'notice error' : 'notice';
    $('message').hidden = false;
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      return body.errors.map((e) => e.message).join(';');
    } catch (e) {
      return '操作失败,请稍后再试或联系您的客户经理。';
    }
  }

  async function load() {
    const response = await fetch(api);
    if (!response.ok) {
      show(await errorText(response), true);
      return;
    }
    const view = await response.json();
    ['customerNumber', 'name', 'phone', 'email', 'address'].forEach((f) => { $(f).textContent = view[f] || '—'; });
    const labels = {SERVICE: '客户服务', EMERGENCY_NOTIFICATION: '紧急通知', MARKETING: '营销'};
    view.contacts.forEach((c) => {
      const li = document.createElement('li');
      li.textContent = c.relation + ':' + c.name + ' ' + c.phone + ' ';
      // withdrawal of one purpose of this contact's consent, effective at once
      (c.consented || []).forEach((purpose) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = '撤回此联系人的“' + labels[purpose] + '”授权';
        button.addEventListener('click', () => withdraw(button, '/contacts/' + c.id + '/consents/' + purpose + '/withdrawal'));
        li.appendChild(button);
      });
      $('contacts').appendChild(li);
    });
    $('record').hidden = false;
    if (view.status !== 'SENT') {
      $('actions').hidden = true;
      show('您已答复过,感谢您的配合。', false);
    }
  }

  function send(url, body) {
    const headers = {'Content-Type': 'application/json'};
    // a browser that is also logged in as staff must send its session's CSRF token (docs/security.md)
    const token = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    if (token) headers['X-XSRF-TOKEN'] = decodeURIComponent(token[1]);
    return fetch(url, {method: 'POST', headers: headers, body: JSON.stringify(body || {})});
  }

  async function post(path, body) {
    const response = await send(api + path, body);
    if (response.ok) {
      $('actions').hidden = true;
      show(path === '/confirm' ? '已确认,感谢您的配合!' : '更正请求已提交,您的客户经理会尽快与您联系。', false);
    } else {
      show(await errorText(response), true);
    }
  }

  $('confirm').addEventListener('click', () => post('/confirm'));
  $('showCorrection').addEventListener('click', () => { $('correctionForm').hidden = false; });
  $('correctionForm').addEventListener('submit', (e) => {
    e.preventDefault();
    post('/correction', {message: $('correction').value});
  });
  async function withdraw(button, path) {
    if (!window.confirm(button.textContent + '?')) return;
    const response = await send(api + path);
    if (response.ok) {
      button.disabled = true;
      show('已撤回该用途的授权,立即生效。', false);
    } else {
      show(await errorText(response), true);
    }
  }

  // withdrawal of one purpose of the customer's own consent, effective at once
  document.querySelectorAll('[data-withdraw]').forEach((button) => button.addEventListener('click',
    () => withdraw(button, '/consents/' + button.dataset.withdraw + '/withdrawal')));
  // erasure: a code goes to the registered channel, and comes back with its signed token
  let erasureToken = null;
  $('requestErasure').addEventListener('click', async () => {
    const response = await send(api + '/erasure');
    if (!response.ok) {
      show(await errorText(response), true);
      return;
    }
    erasureToken = (await response.json()).erasureToken;
    $('erasureForm').hidden = false;
    show('验证码已发送至您登记的联系方式,15 分钟内有效。', false);
  });
  $('erasureForm').addEventListener('submit', async (e) => {
    e.preventDefault();
    const response = await send('/api/public/erasure-requests', {erasureToken: erasureToken, code: $('erasureCode').value});
    if (response.ok) {
      $('erasureForm').hidden = true;
      $('requestErasure').hidden = true;
      show('删除申请已提交。审批结果会发送到您登记的联系方式。', false);
    } else {
      show(await errorText(response), true);
    }
  });
  load();
})();
