package studio.quire.app.pages;

/** When a sidebar page is offered to the signed-in person (while connected). */
public enum PageAvailability {
    /** To everyone; while not connected its item is there but cannot be chosen. */
    EVERYONE,
    /** To the organization's admins only; nobody else sees its item. */
    ADMINS,
    /** While a project is open (the page shows that project); its item is hidden otherwise. */
    OPEN_PROJECT
}
