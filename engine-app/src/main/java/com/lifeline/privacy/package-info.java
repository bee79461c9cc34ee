/**
 * Personal data stays out of history: the history filter, features' PersonalVariables, task form
 * data injected when Tasklist loads a form. Shared kernel.
 */
@Kernel
package com.lifeline.privacy;

import com.lifeline.kernel.Kernel;
