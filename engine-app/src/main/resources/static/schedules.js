// 计划任务 (/admin/schedules): each button calls /api/admin/schedules with the session's CSRF token
// (lifeline.js), then shows the page anew; a refused cron shows the server's reason.
(function () {
  function path(row) {
    const [group, name] = row.dataset.schedule.split('/');
    return '/api/admin/schedules/' + encodeURIComponent(group) + '/' + encodeURIComponent(name);
  }

  async function done(response) {
    if (response.ok) {
      window.location.reload();
      return;
    }
    const problem = document.getElementById('problem');
    try {
      problem.textContent = (await response.json()).errors.map((e) => e.message).join(';');
    } catch (e) {
      problem.textContent = '请求失败(' + response.status + ')';
    }
    problem.hidden = false;
  }

  function change(row, body) {
    return window.lifeline.api(path(row), {method: 'PUT', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)}).then(done);
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('tr[data-schedule]').forEach((row) => {
      const retime = row.querySelector('[data-retime]');
      if (retime) retime.addEventListener('submit', (event) => {
        event.preventDefault();
        change(row, {cron: retime.elements.cron.value});
      });
      row.querySelectorAll('[data-pause]').forEach((button) => button.addEventListener('click',
        () => change(row, {paused: button.dataset.pause === 'true'})));
      row.querySelector('[data-fire]').addEventListener('click',
        () => window.lifeline.api(path(row) + '/fire', {method: 'POST'}).then(done));
    });
    // a running sweep's progress moves: show it anew every 10 s
    if (document.querySelector('progress')) setTimeout(() => window.location.reload(), 10000);
  });
})();
