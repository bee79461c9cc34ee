/**
 * Signed links sent to customers and contacts: each token names its purpose, so a link of one kind
 * never opens another. Shared kernel.
 */
@Kernel
package com.lifeline.links;

import com.lifeline.kernel.Kernel;
