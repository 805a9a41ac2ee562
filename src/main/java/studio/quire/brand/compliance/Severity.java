package studio.quire.brand.compliance;

/** How much a finding matters: an error breaks the brand or the platform; a warning is worth a look. */
public enum Severity {
    ERROR,
    WARNING
}
