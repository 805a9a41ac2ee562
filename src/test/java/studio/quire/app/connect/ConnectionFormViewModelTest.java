package studio.quire.app.connect;

import org.junit.jupiter.api.Test;
import studio.quire.db.ConnectionProfile;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionFormViewModelTest {

    @Test
    void problem_guidesTheWriterFieldByField() {
        ConnectionFormViewModel form = new ConnectionFormViewModel(Optional.empty());
        assertThat(form.problemProperty().get()).isEqualTo("Enter the server's host name.");
        form.hostProperty().set("db.example.org");
        form.portProperty().set("54x2");
        assertThat(form.problemProperty().get()).contains("port is a number");
        form.portProperty().set("5432");
        assertThat(form.problemProperty().get()).isEqualTo("Enter your password.");
        form.passwordProperty().set("secret");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.profile().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/quire?sslmode=prefer");
    }

    @Test
    void form_startsFromTheProfileInUse_withoutItsPassword() {
        ConnectionProfile profile = new ConnectionProfile("Office", "pg.office", 6543, "books", "ada", "require", true);
        ConnectionFormViewModel form = new ConnectionFormViewModel(Optional.of(profile));
        assertThat(form.hostProperty().get()).isEqualTo("pg.office");
        assertThat(form.portProperty().get()).isEqualTo("6543");
        assertThat(form.sslModeProperty().get()).isEqualTo("require");
        assertThat(form.rememberPasswordProperty().get()).isTrue();
        assertThat(form.passwordProperty().get()).isEmpty();
    }
}
