/**
 * The {@link com.lifeline.kernel.Kernel} marker only (outside the root package, which uses kernel modules itself).
 * Shared kernel.
 */
@Kernel
package com.lifeline.kernel;
