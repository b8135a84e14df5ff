package cn.chuanyu.metrology.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.concurrent.CountDownLatch;

/** Run in a child JVM that the test kills with -9: starts the embedded server, writes a row, and waits forever. */
final class OrphanedPostgres {

    static final String READY = "ORPHAN-READY";
    static final String NOTE = "written before kill -9";

    private OrphanedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(args[0], 0, true));
        JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        jdbc.sql("create table kept (note text)").update();
        jdbc.sql("insert into kept values (:note)").param("note", NOTE).update();
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
