/**
 * Phone numbers: validation, E.164 form, display and masking. Shared kernel.
 */
@Kernel
package com.lifeline.phone;

import com.lifeline.kernel.Kernel;
