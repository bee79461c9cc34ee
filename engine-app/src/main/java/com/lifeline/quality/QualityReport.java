package com.lifeline.quality;

import java.time.Instant;
import java.util.List;

/** The figures overall and per department, as of {@code computedAt}. */
public record QualityReport(Instant computedAt, QualityFigures overall, List<QualityFigures> departments) {
}
