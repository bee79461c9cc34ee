/**
 * The one clock of the app and the engine (tests move it). Shared kernel.
 */
@Kernel
package com.lifeline.clock;

import com.lifeline.kernel.Kernel;
