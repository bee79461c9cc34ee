/**
 * Lifeline's pages: the shared header, the navigation and who may open which page. Shared kernel.
 */
@Kernel
package com.lifeline.navigation;

import com.lifeline.kernel.Kernel;
