package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** sRGB to CIELAB, and CIEDE2000 against the 34 pairs of Sharma, Wu and Dalal (2005), Table 1. */
class ColourDifferenceTest {
    private static final String SHARMA = "/studio/quire/brand/compliance/ciede2000-sharma-2005.csv";

    static List<Arguments> sharmaPairs() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ColourDifferenceTest.class.getResourceAsStream(SHARMA)), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("pair")).map(line -> {
                String[] cell = line.split(",");
                double[] v = new double[cell.length];
                for (int i = 0; i < cell.length; i++) {
                    v[i] = Double.parseDouble(cell[i].strip());
                }
                return Arguments.of((int) v[0], new Lab(v[1], v[2], v[3]), new Lab(v[4], v[5], v[6]), v[7]);
            }).toList();
        }
    }

    @Test
    void sharmaTable_holdsAllThirtyFourPairs_pairOneBeing2_0425() throws IOException {
        List<Arguments> pairs = sharmaPairs();

        assertThat(pairs).hasSize(34);
        assertThat(pairs.get(0).get()[3]).isEqualTo(2.0425);
    }

    @ParameterizedTest(name = "pair {0}: ΔE00 {3}")
    @MethodSource("sharmaPairs")
    void deltaE2000_matchesTable1ToFourDecimals_sharmaWuDalal2005(int pair, Lab one, Lab two, double expected) {
        assertThat(ColourDifference.deltaE2000(one, two)).isCloseTo(expected, within(0.00005));
        assertThat(ColourDifference.deltaE2000(two, one)).isCloseTo(expected, within(0.00005));
    }

    @Test
    void lab_givesTheD65WhitePointAndBlack_forWhiteAndBlack() {
        Lab white = ColourDifference.lab(0xFFFFFF);
        Lab black = ColourDifference.lab(0x000000);

        assertThat(white.l()).isCloseTo(100, within(1e-4));
        assertThat(white.a()).isCloseTo(0, within(1e-3));
        assertThat(white.b()).isCloseTo(0, within(1e-3));
        assertThat(black.l()).isCloseTo(0, within(1e-9));
    }

    @Test
    void lab_matchesPublishedValues_forPrimaries() {
        // Reference values of sRGB primaries under D65 (Lindbloom's calculator, same matrix and white).
        Lab red = ColourDifference.lab(0xFF0000);
        Lab blue = ColourDifference.lab(0x0000FF);

        assertThat(List.of(red.l(), red.a(), red.b())).satisfiesExactly(
                l -> assertThat(l).isCloseTo(53.2408, within(0.01)),
                a -> assertThat(a).isCloseTo(80.0925, within(0.01)),
                b -> assertThat(b).isCloseTo(67.2032, within(0.01)));
        assertThat(List.of(blue.l(), blue.a(), blue.b())).satisfiesExactly(
                l -> assertThat(l).isCloseTo(32.3026, within(0.01)),
                a -> assertThat(a).isCloseTo(79.1967, within(0.01)),
                b -> assertThat(b).isCloseTo(-107.8637, within(0.01)));
    }

    @Test
    void deltaE2000_isSymmetric_andZeroForEqualColours_forRandomColours() {
        Random random = new Random(12);
        for (int i = 0; i < 10_000; i++) {
            int one = random.nextInt(0x1000000);
            int two = random.nextInt(0x1000000);

            assertThat(ColourDifference.deltaE2000(one, two))
                    .isCloseTo(ColourDifference.deltaE2000(two, one), within(1e-9)).isNotNegative();
            assertThat(ColourDifference.deltaE2000(one, one)).isZero();
        }
    }

    @Test
    void deltaE2000_staysUnderTheTolerance_forNeighbouringColours_andFarAbove_forOthers() {
        assertThat(ColourDifference.deltaE2000(0x1A6FB0, 0x1A70B1)).isLessThan(ColourDifference.PALETTE_TOLERANCE);
        assertThat(ColourDifference.deltaE2000(0x1A6FB0, 0xF26B4F)).isGreaterThan(30);
    }
}
