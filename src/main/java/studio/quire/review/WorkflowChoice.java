package studio.quire.review;

import java.util.UUID;

/** A workflow a text can be submitted with, as the Review tab offers it. */
public record WorkflowChoice(UUID templateId, String name, boolean isDefault) {
    @Override
    public String toString() {
        return isDefault ? name + " (default)" : name;
    }
}
