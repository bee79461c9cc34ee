/**
 * Encryption at rest: a data key per customer, the master key, blind indexes. Shared kernel.
 */
@Kernel
package com.lifeline.crypto;

import com.lifeline.kernel.Kernel;
