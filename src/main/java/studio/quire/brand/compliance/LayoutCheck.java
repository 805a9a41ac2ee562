package studio.quire.brand.compliance;

import java.util.ArrayList;
import java.util.List;

/** Where things sit: logos' clear space and size, and texts and logos inside the platform's safe area. */
final class LayoutCheck {

    private LayoutCheck() {
    }

    /** Runs the layout rules on every text and logo of the variant. */
    static void check(VariantFacts facts, Tally tally) {
        for (TextFact text : facts.texts()) {
            if (!text.text().isBlank()) {
                tally.checked(outsideSafeArea(text.slot(), text.box(), facts.safeArea()));
            }
        }
        for (int i = 0; i < facts.logos().size(); i++) {
            LogoFact logo = facts.logos().get(i);
            tally.checked(outsideSafeArea(logo.asset(), logo.box(), facts.safeArea()));
            tally.checked(clearSpace(facts, i));
            if (logo.minWidthPx() > 0) {
                tally.checked(minWidth(logo));
            }
        }
    }

    static Finding outsideSafeArea(String where, Box box, Box safe) {
        if (safe.contains(box)) {
            return null;
        }
        List<String> sides = new ArrayList<>();
        side(sides, safe.y() - box.y(), "top");
        side(sides, box.bottom() - safe.bottom(), "bottom");
        side(sides, safe.x() - box.x(), "left");
        side(sides, box.right() - safe.right(), "right");
        String measured = String.join(", ", sides);
        String threshold = "inside " + Formats.number(safe.x(), 1) + "," + Formats.number(safe.y(), 1) + " – "
                + Formats.number(safe.right(), 1) + "," + Formats.number(safe.bottom(), 1);
        return Finding.of(Rule.OUTSIDE_SAFE_AREA, where, measured, threshold, where + " reaches past the safe area by "
                + measured + "; the platform's own buttons and captions may cover it there, so move it inside");
    }

    private static void side(List<String> sides, double overflow, String name) {
        if (overflow > 0) {
            sides.add(Formats.px(overflow) + " at the " + name);
        }
    }

    static List<Finding> clearSpace(VariantFacts facts, int logoIndex) {
        LogoFact logo = facts.logos().get(logoIndex);
        Box box = logo.box();
        double margin = logo.clearSpace() * box.h();
        Box kept = box.grow(margin);
        String threshold = Formats.px(margin) + " clear on every side";
        String why = "the kit keeps " + Formats.px(margin) + " clear around it (" + Formats.number(logo.clearSpace(), 2)
                + " × its " + Formats.px(box.h()) + " height)";
        List<Finding> found = new ArrayList<>();
        for (TextFact text : facts.texts()) {
            if (!text.text().isBlank() && kept.overlaps(text.box())) {
                found.add(intrusion(logo, text.slot(), text.box(), threshold, why));
            }
        }
        for (int i = 0; i < facts.logos().size(); i++) {
            LogoFact other = facts.logos().get(i);
            if (i != logoIndex && kept.overlaps(other.box())) {
                found.add(intrusion(logo, other.asset(), other.box(), threshold, why));
            }
        }
        for (int i = 0; i < facts.otherElements().size(); i++) {
            Box other = facts.otherElements().get(i);
            if (kept.overlaps(other)) {
                String name = "the element at " + Formats.number(other.x(), 1) + "," + Formats.number(other.y(), 1);
                found.add(intrusion(logo, name, other, threshold, why));
            }
        }
        Box canvas = facts.canvas();
        if (!canvas.contains(kept)) {
            double edge = Math.min(Math.min(box.x(), box.y()), Math.min(canvas.right() - box.right(), canvas.bottom() - box.bottom()));
            String measured = edge < 0 ? Formats.px(-edge) + " past the edge" : Formats.px(edge) + " from the edge";
            found.add(Finding.of(Rule.LOGO_CLEAR_SPACE, logo.asset(), measured, threshold, logo.asset() + " sits "
                    + measured + " of the canvas; " + why + ", so move it in from the edge"));
        }
        return found;
    }

    private static Finding intrusion(LogoFact logo, String intruder, Box other, String threshold, String why) {
        double gap = logo.box().gapTo(other);
        String measured;
        String what;
        if (logo.box().overlaps(other)) {
            measured = "overlapping " + intruder;
            what = " overlaps " + intruder;
        } else if (gap <= 0) {
            measured = "touching " + intruder;
            what = " touches " + intruder;
        } else {
            measured = Formats.px(gap) + " from " + intruder;
            what = " is only " + Formats.px(gap) + " from " + intruder;
        }
        return Finding.of(Rule.LOGO_CLEAR_SPACE, logo.asset(), measured, threshold, logo.asset() + what + "; " + why);
    }

    static Finding minWidth(LogoFact logo) {
        double width = logo.box().w();
        if (width >= logo.minWidthPx()) {
            return null;
        }
        String measured = Formats.px(width) + " wide";
        return Finding.of(Rule.LOGO_MIN_WIDTH, logo.asset(), measured, "at least " + logo.minWidthPx() + " px wide",
                logo.asset() + " is shown " + measured + "; the kit never shows it narrower than " + logo.minWidthPx()
                        + " px, so make it larger");
    }
}
