/**
 * The {@link com.lifeline.kernel.Kernel} marker (outside the root package, which uses kernel modules itself)
 * and {@link com.lifeline.kernel.UserTaskParsePlugin}, the way plugins reach every model's user tasks.
 * Shared kernel.
 */
@Kernel
package com.lifeline.kernel;
