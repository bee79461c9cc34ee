/**
 * The customer store's emergency contacts. Shared kernel.
 */
@Kernel
package com.lifeline.contact;

import com.lifeline.kernel.Kernel;
