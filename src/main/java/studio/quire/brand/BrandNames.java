package studio.quire.brand;

/** The one rule for names in a brand kit: something to read, not blank, not past the database's limit. */
final class BrandNames {
    /** The longest name of a colour, font role, asset or kit (the database checks the same). */
    static final int MAX_LENGTH = 120;

    private BrandNames() {
    }

    /** The name stripped, or an {@link IllegalArgumentException} in a writer's words that says what is wrong. */
    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + "'s name can be at most " + MAX_LENGTH + " characters (this one has "
                    + stripped.length() + ")");
        }
        if (stripped.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + "'s name cannot contain a NUL character");
        }
        return stripped;
    }
}
