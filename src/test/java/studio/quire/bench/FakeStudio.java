package studio.quire.bench;

/** Stands in for the studio in the startup benchmark's tests: reports like the probe, then exits. */
public final class FakeStudio {
    private FakeStudio() {
    }

    public static void main(String[] args) {
        System.out.println("starting");
        System.out.println("QUIRE_FIRST_FRAME_MS 12");
        System.out.println("QUIRE_CONNECTED_MS 34");
        System.exit(0);
    }
}
