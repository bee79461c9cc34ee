/*
 * Lifeline: staff names as Chinese users write them, family name first: 李明, not "明 李".
 *
 * Camunda's webapps print "firstName lastName". The app serves their bundles with those places
 * changed to call window.lifelinePersonName, or in templates the personName filter, both defined
 * here (com.lifeline.org.WebappNameOrder). Loaded through config.js "customScripts" by every webapp,
 * before Angular starts. Same rule as com.lifeline.org.PersonName: no space between CJK parts,
 * "Family Given" otherwise.
 * No default export: the webapps treat a default export as a plugin.
 */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・]+$/u;

/** The name of a Camunda user profile ({firstName, lastName}); "" when it has none. */
export function personName(user) {
  const given = ((user && user.firstName) || "").trim();
  const family = ((user && user.lastName) || "").trim();
  if (!given || !family) {
    return family || given;
  }
  return CJK.test(given) && CJK.test(family) ? family + given : family + " " + given;
}

window.lifelinePersonName = personName;
// module "ng" is part of every Angular app, so the filter reaches every webapp's templates. A config
// block, not module.filter(): a module's filters are registered before its config blocks run, and
// "ng" creates $filterProvider in its own config block (module.filter() here stops the app loading).
if (window.angular) {
  window.angular.module("ng").config(["$filterProvider", (filters) => filters.register("personName", () => personName)]);
}
