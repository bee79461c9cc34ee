// Lifeline's pages: one logout with Tasklist (the webapps' session is the product's one login).
(function () {
  function cookie(name) {
    const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  async function logout() {
    const token = cookie('XSRF-TOKEN');
    await fetch('/camunda/api/admin/auth/user/default/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: token ? {'X-XSRF-TOKEN': token} : {}
    }).catch(() => {});
    window.location.assign('/camunda/app/tasklist/default/#/login');
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-logout]').forEach((button) => button.addEventListener('click', logout));
  });
})();
