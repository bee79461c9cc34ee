// Changing an expired password without a login: POST /api/password with the old password.
(function () {
  const $ = (id) => document.getElementById(id);

  function show(lines, cls) {
    const list = $('message');
    list.replaceChildren();
    list.className = cls;
    lines.forEach((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      list.appendChild(li);
    });
  }

  $('change').addEventListener('submit', async (event) => {
    event.preventDefault();
    if ($('newPassword').value !== $('repeat').value) {
      show(['两次输入的新密码不一致'], 'bad');
      return;
    }
    const response = await lifeline.fetchWithToken('/api/password', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({userId: $('userId').value.trim(), oldPassword: $('oldPassword').value,
        newPassword: $('newPassword').value})
    });
    if (response.status === 204) {
      $('change').reset();
      show(['密码已修改,请用新密码登录'], 'ok');
      return;
    }
    try {
      const body = await response.json();
      show(body.errors.map((e) => e.message), 'bad');
    } catch (e) {
      show(['修改失败(' + response.status + ')'], 'bad');
    }
  });
})();
