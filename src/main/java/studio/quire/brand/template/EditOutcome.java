package studio.quire.brand.template;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of an edit: the changed value, or the reason it was refused, in the words to show
 * the person who tried it ("The logo is locked in place").
 */
public record EditOutcome<T>(T value, String refusal) {

    public EditOutcome {
        if ((value == null) == (refusal == null)) {
            throw new IllegalArgumentException("An edit is either applied or refused");
        }
    }

    public static <T> EditOutcome<T> applied(T value) {
        return new EditOutcome<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> EditOutcome<T> refused(String reason) {
        return new EditOutcome<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isApplied() {
        return refusal == null;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(refusal);
    }
}
