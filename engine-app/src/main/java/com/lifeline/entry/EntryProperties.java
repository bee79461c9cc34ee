package com.lifeline.entry;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * @param regions        region codes that prefix customer numbers (SH → SH2026001), with labels
 * @param lateAfter      an entry later than this after first contact is counted as late
 * @param phoneRegion    the country assumed for numbers typed without +country code
 */
@ConfigurationProperties("lifeline.entry")
public record EntryProperties(Map<String, String> regions, Duration lateAfter, String phoneRegion) {
}
