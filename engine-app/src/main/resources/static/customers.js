// Customer directory: searches and shows customers through /api/customers (scope and masking are the server's).
(function () {
  const $ = (id) => document.getElementById(id);
  const statusLabels = {PENDING_REVIEW: '待复核', ACTIVE: '有效', DORMANT: '休眠', INVALID: '无效'};

  function message(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      return body.errors.map((e) => e.message).join(';');
    } catch (e) {
      return '请求失败(' + response.status + ')';
    }
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '—' : text;
    row.appendChild(td);
  }

  async function search(event) {
    event.preventDefault();
    const params = new URLSearchParams();
    if ($('q').value.trim()) params.set('q', $('q').value.trim());
    if ($('status').value) params.set('status', $('status').value);
    const response = await lifeline.api('/api/customers?' + params);
    if (!response.ok) { message(await errorText(response)); return; }
    const rows = await response.json();
    const body = $('results').querySelector('tbody');
    body.replaceChildren();
    rows.forEach((c) => {
      const tr = document.createElement('tr');
      tr.className = 'row';
      [c.customerNumber, c.name, c.phone, statusLabels[c.status] || c.status, c.ownerUserId].forEach((t) => cell(tr, t));
      tr.addEventListener('click', () => show(c.customerNumber));
      body.appendChild(tr);
    });
    $('results').hidden = rows.length === 0;
    message(rows.length === 0 ? '没有找到您有权查看的客户' : '');
  }

  async function show(number) {
    const response = await lifeline.api('/api/customers/' + encodeURIComponent(number));
    if (!response.ok) { message(await errorText(response)); return; }
    const c = await response.json();
    $('detailTitle').textContent = c.customerNumber + ' ' + c.name + (c.masked ? '(部分信息已隐藏)' : '');
    const dl = $('fields');
    dl.replaceChildren();
    [['电话', c.phone], ['邮箱', c.email], ['地址', c.address], ['需求', c.needs], ['状态', statusLabels[c.status]],
      ['负责人', c.ownerUserId]].forEach(([k, v]) => {
      const dt = document.createElement('dt'); dt.textContent = k;
      const dd = document.createElement('dd'); dd.textContent = v || '—';
      dl.append(dt, dd);
    });
    const ul = $('contacts');
    ul.replaceChildren();
    c.contacts.forEach((ec) => {
      const li = document.createElement('li');
      li.textContent = (ec.priority === 1 ? '主要:' : '备用:') + ec.name + ' ' + ec.phone + (ec.reachable24h ? '(24小时可联系)' : '');
      ul.appendChild(li);
    });
    $('detail').hidden = false;
  }

  $('search').addEventListener('submit', search);
  $('logout').addEventListener('click', (event) => { event.preventDefault(); lifeline.logout(); });
  // open on the first page of what this user may see
  search({preventDefault: () => {}});
})();
