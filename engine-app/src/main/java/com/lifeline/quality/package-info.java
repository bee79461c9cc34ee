/**
 * Data-quality figures (数据质量): computed over the store on demand and nightly into snapshots, per
 * department and overall; {@code GET /api/quality/figures} and the 12-month trend page {@code /quality}. Feature.
 */
@ApplicationModule(allowedDependencies = {"customer", "navigation", "org", "security", "taskkind", "web"})
package com.lifeline.quality;

import org.springframework.modulith.ApplicationModule;
