package com.lifeline.quality;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One figure across the trend's months, as the page shows it: a cell per month and an inline SVG line
 * (points in a 240×40 box, the highest value at the top), so no chart library or CDN is needed.
 */
public record TrendRow(String label, List<String> cells, String points) {

    static final int WIDTH = 240;
    static final int HEIGHT = 40;

    static TrendRow of(String label, List<QualityReports.TrendPoint> trend, Function<QualityFigures, Number> figure,
                       boolean percent) {
        List<Number> values = trend.stream().map(p -> figure.apply(p.figures())).toList();
        List<String> cells = values.stream().map(v -> v == null ? "—"
                : percent ? String.format(Locale.ROOT, "%.1f%%", v.doubleValue() * 100) : String.valueOf(v)).toList();
        return new TrendRow(label, cells, points(values));
    }

    private static String points(List<Number> values) {
        double max = values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue).max().orElse(0);
        int n = values.size();
        return IntStream.range(0, n).filter(i -> values.get(i) != null).mapToObj(i -> {
            double x = n == 1 ? WIDTH / 2.0 : i * (double) WIDTH / (n - 1);
            double y = max == 0 ? HEIGHT : HEIGHT - values.get(i).doubleValue() / max * HEIGHT;
            return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
        }).collect(Collectors.joining(" "));
    }
}
