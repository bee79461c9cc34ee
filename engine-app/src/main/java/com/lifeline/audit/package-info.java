/**
 * The append-only, hash-chained audit log and its search. Shared kernel.
 */
@Kernel
package com.lifeline.audit;

import com.lifeline.kernel.Kernel;
