package studio.quire.session;

import org.junit.jupiter.api.Test;
import studio.quire.admin.PersonName;
import studio.quire.admin.Role;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How File › Switch person names the local people. */
class SwitchablePersonTest {

    @Test
    void of_namesPeopleByDisplayNameAndRole_sortedByName() {
        List<SwitchablePerson> people = SwitchablePerson.of(List.of("demo_writer", "demo_editor", "ada"), List.of(
                new PersonName("demo_writer", "Wren Writer", Optional.of(Role.WRITER), true),
                new PersonName("demo_editor", "Eddie Editor", Optional.of(Role.EDITOR), true),
                new PersonName("ada", "Ada Lovelace", Optional.of(Role.ADMIN), true)));

        assertThat(people).containsExactly(new SwitchablePerson("ada", "Ada Lovelace (Admin)"),
                new SwitchablePerson("demo_editor", "Eddie Editor (Editor)"),
                new SwitchablePerson("demo_writer", "Wren Writer (Writer)"));
    }

    @Test
    void of_leavesOutDeactivatedPeople_andNamesOthersByLogin_whenTheSignedInPersonCannotSeeThem() {
        List<SwitchablePerson> people = SwitchablePerson.of(List.of("gone", "elsewhere", "here"), List.of(
                new PersonName("gone", "Gone Person", Optional.of(Role.WRITER), false),
                new PersonName("here", "Here Person", Optional.empty(), true)));

        assertThat(people).containsExactly(new SwitchablePerson("elsewhere", "elsewhere"),
                new SwitchablePerson("here", "Here Person"));
    }

    @Test
    void of_addsTheLogin_whenTwoPeopleShareADisplayName() {
        List<SwitchablePerson> people = SwitchablePerson.of(List.of("sam_a", "sam_b"), List.of(
                new PersonName("sam_a", "Sam", Optional.of(Role.WRITER), true),
                new PersonName("sam_b", "Sam", Optional.of(Role.EDITOR), true)));

        assertThat(people).extracting(SwitchablePerson::label).containsExactly("Sam (Writer) · sam_a", "Sam (Editor) · sam_b");
    }
}
