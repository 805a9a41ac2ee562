package studio.quire.brand;

/**
 * A brand's word choice: write {@code use} rather than {@code insteadOf} ("sign in", not "log in").
 * Matching is by whole words, ignoring case.
 */
public record PreferredTerm(String use, String insteadOf) {

    public PreferredTerm {
        use = BrandNames.require(use, "A preferred term");
        insteadOf = BrandNames.require(insteadOf, "The term that \"" + use + "\" replaces");
        if (use.equalsIgnoreCase(insteadOf)) {
            throw new IllegalArgumentException("\"" + use + "\" cannot be preferred to itself");
        }
    }
}
