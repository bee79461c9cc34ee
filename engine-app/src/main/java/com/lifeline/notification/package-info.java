/**
 * Outbound email and SMS through the outbox, and staff notices. Shared kernel.
 */
@Kernel
package com.lifeline.notification;

import com.lifeline.kernel.Kernel;
