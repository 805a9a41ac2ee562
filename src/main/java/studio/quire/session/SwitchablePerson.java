package studio.quire.session;

import studio.quire.admin.PersonName;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A local person one can become (File › Switch person), as the menu names them:
 * "Wren Writer (Writer)", with the login only when two people share a display name.
 *
 * @param login their PostgreSQL login, which signing in needs
 * @param label what the menu shows
 */
public record SwitchablePerson(String login, String label) {

    /**
     * The menu's people: those of {@code logins} that are active, named as {@code known} says (the
     * login stands in for a person the signed-in one cannot see), by name.
     */
    public static List<SwitchablePerson> of(Collection<String> logins, Collection<PersonName> known) {
        Map<String, PersonName> byLogin = known.stream().collect(Collectors.toMap(PersonName::loginName,
                Function.identity(), (a, b) -> a));
        List<PersonName> people = logins.stream()
                .map(login -> byLogin.getOrDefault(login, new PersonName(login, login, java.util.Optional.empty(), true)))
                .filter(PersonName::active)
                .sorted(Comparator.comparing(PersonName::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PersonName::loginName))
                .toList();
        Map<String, Long> sameName = people.stream().collect(Collectors.groupingBy(
                p -> p.displayName().toLowerCase(java.util.Locale.ROOT), Collectors.counting()));
        return people.stream().map(p -> new SwitchablePerson(p.loginName(), p.displayName()
                + p.role().map(role -> " (" + role.label() + ")").orElse("")
                + (sameName.get(p.displayName().toLowerCase(java.util.Locale.ROOT)) > 1 && !p.displayName().equals(p.loginName())
                        ? " · " + p.loginName() : ""))).toList();
    }
}
