/*
 * Lifeline: the login page offers the password change (an expired password can't log in), and a
 * login started by one of Lifeline's pages returns to that page. LoginEntryPoint remembers the page
 * in the cookie lifeline_next.
 */
const NEXT_PAGE = "lifeline_next";

/** The remembered page: a path of this site only ("/customers", never "//host" or "/\\host"). */
export function rememberedPage(cookies) {
  const entry = (cookies || "").split("; ").find((c) => c.indexOf(NEXT_PAGE + "=") === 0);
  if (!entry) {
    return null;
  }
  let path;
  try {
    path = decodeURIComponent(entry.substring(NEXT_PAGE.length + 1));
  } catch (e) {
    return null;
  }
  return /^\/(?![/\\])[^\s]*$/.test(path) ? path : null;
}

function forgetPage() {
  document.cookie = NEXT_PAGE + "=; Path=/; Max-Age=0; SameSite=Lax";
}

const passwordLink = {
  id: "lifeline-password-link",
  pluginPoint: "tasklist.login",
  priority: 10,
  render(node) {
    const p = document.createElement("p");
    p.className = "lifeline-password-link";
    const a = document.createElement("a");
    a.href = "/password.html";
    a.textContent = "修改密码(密码过期时在此修改)";
    p.appendChild(a);
    node.appendChild(p);
  }
};

const returnToPage = {
  id: "lifeline-return-after-login",
  pluginPoint: "tasklist.login.data",
  priority: 10,
  // Tasklist hands every login.data provider the login's promise
  result(login) {
    login.then(() => {
      const next = rememberedPage(document.cookie);
      if (next) {
        forgetPage();
        window.location.replace(next);
      }
    }, () => {});
  }
};

export default [passwordLink, returnToPage];
