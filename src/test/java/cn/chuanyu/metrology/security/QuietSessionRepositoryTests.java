package cn.chuanyu.metrology.security;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuietSessionRepositoryTests {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-27T01:00:00Z");

    private final StoredSessions store = new StoredSessions();
    private final QuietSessionRepository<MapSession> sessions =
            new QuietSessionRepository<>(store, Duration.ofMinutes(1));

    private String signIn(Duration timeout) {
        var session = sessions.createSession();
        session.setMaxInactiveInterval(timeout);
        session.setLastAccessedTime(SIGNED_IN);
        sessions.save(session);
        return session.getId();
    }

    private void read(String id, Instant at) {
        var session = sessions.findById(id);
        session.setLastAccessedTime(at);
        sessions.save(session);
    }

    @Test
    void aNewSessionIsStoredWithItsLastAccess() {
        String id = signIn(Duration.ofMinutes(30));

        assertThat(store.lastAccess(id)).isEqualTo(SIGNED_IN);
    }

    @Test
    void readsWithinTheTouchIntervalLeaveTheStoredLastAccessAlone() {
        String id = signIn(Duration.ofMinutes(30));

        read(id, SIGNED_IN.plusSeconds(20));
        read(id, SIGNED_IN.plusSeconds(59));

        assertThat(store.lastAccess(id)).isEqualTo(SIGNED_IN);
    }

    @Test
    void aReadOnceTheTouchIntervalHasPassedStoresItsLastAccess() {
        String id = signIn(Duration.ofMinutes(30));

        read(id, SIGNED_IN.plusSeconds(60));

        assertThat(store.lastAccess(id)).isEqualTo(SIGNED_IN.plusSeconds(60));
    }

    @Test
    void aRequestThatChangesTheSessionStoresItsLastAccessToo() {
        String id = signIn(Duration.ofMinutes(30));

        var session = sessions.findById(id);
        session.setLastAccessedTime(SIGNED_IN.plusSeconds(5));
        session.setAttribute("csrf", "token");
        sessions.save(session);

        assertThat(store.lastAccess(id)).isEqualTo(SIGNED_IN.plusSeconds(5));
        assertThat(sessions.findById(id).<String>getAttribute("csrf")).isEqualTo("token");
    }

    @Test
    void aShortTimeoutShortensTheTouchIntervalToATenthOfIt() {
        String id = signIn(Duration.ofMinutes(5));

        read(id, SIGNED_IN.plusSeconds(30));

        assertThat(store.lastAccess(id)).isEqualTo(SIGNED_IN.plusSeconds(30));
    }

    @Test
    void theSessionReportsItsRealLastAccessWhileTheStoreKeepsTheOlderOne() {
        String id = signIn(Duration.ofMinutes(30));

        var session = sessions.findById(id);
        session.setLastAccessedTime(SIGNED_IN.plusSeconds(10));

        assertThat(session.getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(10));
        assertThat(store.lastAccess(id)).isEqualTo(SIGNED_IN);
    }

    /** A store that keeps copies, as a database does. */
    private static final class StoredSessions implements FindByIndexNameSessionRepository<MapSession> {

        private final Map<String, MapSession> rows = new HashMap<>();

        Instant lastAccess(String id) {
            return rows.get(id).getLastAccessedTime();
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
