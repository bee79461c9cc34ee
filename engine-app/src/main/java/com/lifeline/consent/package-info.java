/**
 * The customer store's consent records. Shared kernel.
 */
@Kernel
package com.lifeline.consent;

import com.lifeline.kernel.Kernel;
