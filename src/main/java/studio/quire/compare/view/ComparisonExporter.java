package studio.quire.compare.view;

import studio.quire.compare.Comparison;

/**
 * Renders a comparison as a standalone HTML page; the app passes {@code ComparisonHtml::render}.
 * Called in the background.
 */
@FunctionalInterface
public interface ComparisonExporter {
    String html(Comparison comparison, String title, String olderLabel, String newerLabel);
}
