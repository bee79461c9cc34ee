/**
 * Working days: holiday calendar files and the business calendar for due dates and timers. Shared
 * kernel.
 */
@Kernel
package com.lifeline.calendar;

import com.lifeline.kernel.Kernel;
