package org.arrears.testkit;

/** Run in a child JVM by {@link LeftoverReapingTest}: starts a temporary server, reports it, waits to be killed. */
public final class LeftoverMain {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.startTemporary();
        System.out.println("READY " + pg.pid() + " " + pg.dataDir().getParent());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
