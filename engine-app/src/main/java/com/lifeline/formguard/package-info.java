/**
 * Only a form's declared fields get into the engine, for every model. Shared kernel.
 */
@Kernel
package com.lifeline.formguard;

import com.lifeline.kernel.Kernel;
