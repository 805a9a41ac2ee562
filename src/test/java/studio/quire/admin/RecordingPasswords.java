package studio.quire.admin;

import studio.quire.testsupport.TestDatabase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issues the test password of each login and records which ones were kept. */
final class RecordingPasswords implements NewPersonPasswords {
    final Map<String, String> kept = new ConcurrentHashMap<>();

    @Override
    public Issued issue(String login) {
        return new Issued(TestDatabase.passwordOf(login), "Noted.");
    }

    @Override
    public void keep(String login, String password) {
        kept.put(login, password);
    }
}
