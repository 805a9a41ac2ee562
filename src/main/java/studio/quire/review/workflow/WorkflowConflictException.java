package studio.quire.review.workflow;

/** Someone else saved the template since it was loaded; nothing of this save was written. */
public final class WorkflowConflictException extends RuntimeException {
    public WorkflowConflictException(String templateName) {
        super("Someone else saved “" + templateName + "” meanwhile; nothing was written.");
    }
}
