/*
 * Lifeline: the product's navigation in Tasklist's header (plugin point tasklist.navbar.action),
 * the same entries Lifeline's pages show, from /api/me/navigation: nobody sees a link they can't use.
 */
/** One entry of /api/me/navigation: {id, label, href}. */
function link(entry) {
  const a = document.createElement("a");
  a.href = entry.href;
  a.textContent = entry.label;
  a.className = "lifeline-nav-link" + (entry.id === "tasklist" ? " current" : "");
  return a;
}

export default {
  id: "lifeline-navigation",
  pluginPoint: "tasklist.navbar.action",
  priority: 1000,
  render(node) {
    const nav = document.createElement("nav");
    nav.className = "lifeline-nav";
    nav.setAttribute("aria-label", "导航");
    node.appendChild(nav);
    fetch("/api/me/navigation", {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then((response) => (response.ok ? response.json() : []))
      .then((entries) => entries.forEach((entry) => nav.appendChild(link(entry))))
      .catch(() => {});
  }
};
