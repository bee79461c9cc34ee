/**
 * The org chart (teams, supervisors, department heads) and staff names. Shared kernel.
 */
@Kernel
package com.lifeline.org;

import com.lifeline.kernel.Kernel;
