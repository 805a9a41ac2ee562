package studio.quire.session;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsCodecTest {
    @Test
    void writeThenRead_keepsTheSessionWordGoal() {
        Settings written = Settings.defaults().withSessionWordGoal(750);
        assertThat(SettingsCodec.read(SettingsCodec.write(written)).sessionWordGoal()).isEqualTo(750);
    }

    @Test
    void read_fallsBackToTheDefaultSessionGoal_whenMissingBrokenOrNotPositive() {
        for (String value : new String[] {null, "many", "0", "-20"}) {
            Properties p = new Properties();
            if (value != null) {
                p.setProperty("sessionWordGoal", value);
            }
            assertThat(SettingsCodec.read(p).sessionWordGoal()).as("%s", value).isEqualTo(Settings.DEFAULT_SESSION_WORD_GOAL);
        }
    }

    @Test
    void defaults_aimFor500WordsASession() {
        assertThat(Settings.defaults().sessionWordGoal()).isEqualTo(500);
    }
}
