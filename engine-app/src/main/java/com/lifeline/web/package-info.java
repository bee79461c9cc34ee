/**
 * Web errors: typed client errors with their status ({field, message}), engine errors as clear
 * 4xx, the app's base URL. Shared kernel.
 */
@Kernel
package com.lifeline.web;

import com.lifeline.kernel.Kernel;
