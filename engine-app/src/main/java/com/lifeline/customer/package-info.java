/**
 * The customer store: customers, their numbers, scopes, change log and the record written by an
 * entry. Shared kernel.
 */
@Kernel
package com.lifeline.customer;

import com.lifeline.kernel.Kernel;
