/**
 * Task kinds: the sort of work a user task is, as its model declares it ({@code lifeline.taskKind}),
 * carried by every task so filters, digests and figures select on it. Shared kernel.
 */
@Kernel
package com.lifeline.taskkind;

import com.lifeline.kernel.Kernel;
