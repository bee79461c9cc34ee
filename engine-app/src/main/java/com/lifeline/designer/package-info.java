/**
 * Designers deploy models and forms. Feature.
 */
@ApplicationModule(allowedDependencies = {"web"})
package com.lifeline.designer;

import org.springframework.modulith.ApplicationModule;
