package studio.quire.testsupport;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test the quick lane ({@code mvn -B test -Pquick}) leaves out; {@code mvn -B verify} runs it.
 * Slow means: it starts another JVM or a PostgreSQL server of its own, stops a server under the
 * studio, drives the whole studio end to end, seeds a large data set, or mounts a view and works
 * through it for many seconds (a TestFX class of more than about six seconds).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(Slow.TAG)
public @interface Slow {
    /** The JUnit tag, for {@code -Dgroups} and {@code -DexcludedGroups}. */
    String TAG = "slow";
}
