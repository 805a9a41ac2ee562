package studio.quire.brand.compliance;

/**
 * How different two colours look: sRGB → XYZ (D65) → CIELAB, and the CIEDE2000 colour difference
 * ΔE00 as written out by Sharma, Wu and Dalal (2005), with kL = kC = kH = 1. Below 1 is barely
 * perceptible; 2 is the tolerance brand owners ask for; above 3 anyone sees it.
 */
public final class ColourDifference {
    /** The ΔE00 beyond which a colour is off a brand's palette. */
    public static final double PALETTE_TOLERANCE = 2.0;

    // D65 reference white (2° observer), matching the sRGB matrix below.
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;
    private static final double EPSILON = 216.0 / 24389.0;
    private static final double KAPPA = 24389.0 / 27.0;
    private static final double POW25_7 = Math.pow(25, 7);

    private ColourDifference() {
    }

    /** The sRGB colour 0xRRGGBB in CIELAB under D65. */
    public static Lab lab(int rgb) {
        double r = Contrast.linear(rgb >> 16);
        double g = Contrast.linear(rgb >> 8);
        double b = Contrast.linear(rgb);
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    private static double f(double t) {
        return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
    }

    /** ΔE00 between two sRGB colours 0xRRGGBB. */
    public static double deltaE2000(int rgb1, int rgb2) {
        return deltaE2000(lab(rgb1), lab(rgb2));
    }

    /** ΔE00 between two CIELAB colours; symmetric, 0 for equal colours. */
    public static double deltaE2000(Lab one, Lab two) {
        double c1 = Math.hypot(one.a(), one.b());
        double c2 = Math.hypot(two.a(), two.b());
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + POW25_7)));
        double a1 = (1 + g) * one.a();
        double a2 = (1 + g) * two.a();
        double cp1 = Math.hypot(a1, one.b());
        double cp2 = Math.hypot(a2, two.b());
        double hp1 = hue(one.b(), a1);
        double hp2 = hue(two.b(), a2);

        double dL = two.l() - one.l();
        double dC = cp2 - cp1;
        double dhp = 0;
        if (cp1 * cp2 != 0) {
            dhp = hp2 - hp1;
            if (dhp > 180) {
                dhp -= 360;
            } else if (dhp < -180) {
                dhp += 360;
            }
        }
        double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dhp / 2));

        double lMean = (one.l() + two.l()) / 2;
        double cpMean = (cp1 + cp2) / 2;
        double hMean = meanHue(hp1, hp2, cp1 * cp2);
        double t = 1 - 0.17 * cosDeg(hMean - 30) + 0.24 * cosDeg(2 * hMean) + 0.32 * cosDeg(3 * hMean + 6)
                - 0.20 * cosDeg(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cpMean7 = Math.pow(cpMean, 7);
        double rC = 2 * Math.sqrt(cpMean7 / (cpMean7 + POW25_7));
        double l50 = (lMean - 50) * (lMean - 50);
        double sL = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sC = 1 + 0.045 * cpMean;
        double sH = 1 + 0.015 * cpMean * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;

        double lTerm = dL / sL;
        double cTerm = dC / sC;
        double hTerm = dH / sH;
        return Math.sqrt(lTerm * lTerm + cTerm * cTerm + hTerm * hTerm + rT * cTerm * hTerm);
    }

    /** Hue angle in degrees, 0 to 360; 0 for a neutral colour. */
    private static double hue(double b, double aPrime) {
        if (b == 0 && aPrime == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, aPrime));
        return h < 0 ? h + 360 : h;
    }

    private static double meanHue(double h1, double h2, double chromaProduct) {
        if (chromaProduct == 0) {
            return h1 + h2;
        }
        if (Math.abs(h1 - h2) <= 180) {
            return (h1 + h2) / 2;
        }
        return h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }

    private static double cosDeg(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
