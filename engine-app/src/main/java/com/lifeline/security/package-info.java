/**
 * The one login (webapps' session, Basic for the API), CSRF and origin checks, accounts, login
 * audit, Camunda authorizations, CurrentUser. Shared kernel.
 */
@Kernel
package com.lifeline.security;

import com.lifeline.kernel.Kernel;
