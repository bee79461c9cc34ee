/**
 * The database: embedded MariaDB or an external one, the data source, generated keys. Shared
 * kernel.
 */
@Kernel
package com.lifeline.database;

import com.lifeline.kernel.Kernel;
