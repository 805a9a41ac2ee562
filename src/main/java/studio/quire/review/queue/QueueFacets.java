package studio.quire.review.queue;

import java.util.List;
import java.util.UUID;

/**
 * What the queue's filters can choose from: the steps, projects and submitters among everything
 * that waits for the signed-in person (not only the loaded page).
 */
public record QueueFacets(List<String> steps, List<Choice> projects, List<Choice> submitters) {
    public static final QueueFacets NONE = new QueueFacets(List.of(), List.of(), List.of());

    public QueueFacets {
        steps = List.copyOf(steps);
        projects = List.copyOf(projects);
        submitters = List.copyOf(submitters);
    }

    /** A project or a person to filter by, with its name. */
    public record Choice(UUID id, String name) {
    }
}
