package studio.quire.manuscript.details;

/** How saving a node's details ended: saved (at a new version), or someone else's version won. */
public sealed interface NodeSaveResult {
    NodeDetails details();

    /** Saved; {@code details} carries the new version. */
    record Saved(NodeDetails details) implements NodeSaveResult {
    }

    /** The node changed meanwhile; nothing was written, {@code details} is their version. */
    record Conflict(NodeDetails details) implements NodeSaveResult {
    }
}
