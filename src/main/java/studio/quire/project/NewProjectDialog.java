package studio.quire.project;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import studio.quire.ui.Choices;
import studio.quire.ui.ValidatedTextDialog;

import java.util.Optional;
import java.util.function.Function;

/** Asks for a new project's title and kind. */
final class NewProjectDialog extends ValidatedTextDialog<NewProjectDialog.Draft> {
    /** What the writer typed. */
    record Draft(String title, ProjectKind kind) {
    }

    private final ChoiceBox<ProjectKind> kind = new ChoiceBox<>();

    NewProjectDialog(Function<String, Optional<String>> problem) {
        super("New project", "Title", "", "Create", problem);
        field.setPromptText("e.g. The Winter Garden");
        kind.setId("dialog-kind");
        Choices.fill(kind, java.util.List.of(ProjectKind.values()), ProjectKind::label);
        kind.setValue(ProjectKind.BOOK);
        form.addRow(2, new Label("Kind"), kind);
    }

    @Override
    protected Draft result() {
        return new Draft(field.getText(), kind.getValue());
    }
}
