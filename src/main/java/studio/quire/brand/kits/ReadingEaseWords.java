package studio.quire.brand.kits;

/** Flesch reading ease in words a writer knows (Flesch's own table). */
final class ReadingEaseWords {
    private ReadingEaseWords() {
    }

    static String of(double score) {
        if (score >= 90) {
            return "very easy";
        } else if (score >= 80) {
            return "easy";
        } else if (score >= 70) {
            return "fairly easy";
        } else if (score >= 60) {
            return "plain English";
        } else if (score >= 50) {
            return "fairly difficult";
        } else if (score >= 30) {
            return "difficult";
        }
        return "very difficult";
    }

    /** "fairly difficult to easy", or "any" when the band is the whole scale. */
    static String band(double low, double high) {
        if (low <= 0 && high >= 100) {
            return "any";
        }
        String from = of(low);
        String to = of(Math.min(high, 99.9));
        return from.equals(to) ? from : from + " to " + to;
    }
}
