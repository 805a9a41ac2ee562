package studio.quire.brand.compliance;

/**
 * A colour in CIELAB (D65 white): {@code l} lightness 0 to 100, {@code a} green (−) to red (+),
 * {@code b} blue (−) to yellow (+).
 */
public record Lab(double l, double a, double b) {
}
